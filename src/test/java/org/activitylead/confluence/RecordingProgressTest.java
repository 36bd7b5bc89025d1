package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.activitylead.core.backfill.BackfillProgress;
import org.activitylead.testing.FakePluginSettings;
import org.junit.jupiter.api.Test;

class RecordingProgressTest {

    private final FakePluginSettings settings = new FakePluginSettings();
    private final RecordingProgress progress = new RecordingProgress(settings, settings);

    @Test
    void readsNeverStartedOnANewSite() {
        assertThat(progress.read()).isEqualTo(BackfillProgress.notStarted());
        assertThat(progress.stopRequested()).isFalse();
    }

    @Test
    void keepsTheProgressWhereEveryNodeReadsIt() {
        BackfillProgress started = BackfillProgress.notStarted().startedBy("admin", Instant.parse("2026-12-03T10:00:00Z"));

        progress.save(started);

        assertThat(new RecordingProgress(settings, settings).read()).isEqualTo(started);
        assertThat(settings.get(RecordingProgress.PROGRESS_KEY)).isEqualTo(started.toJson());
    }

    @Test
    void aStopRequestLivesBesideTheProgressUntilCleared() {
        progress.requestStop();
        progress.save(BackfillProgress.notStarted());

        assertThat(progress.stopRequested()).isTrue();
        progress.clearStop();
        assertThat(progress.stopRequested()).isFalse();
    }

    @Test
    void readsAValueItDidNotWriteAsNeverStarted() {
        settings.put(RecordingProgress.PROGRESS_KEY, "{\"state\":\"RUNNING\"}");

        assertThat(progress.read()).isEqualTo(BackfillProgress.notStarted());
    }

    @Test
    void touchesTheSettingsOnlyInsideATransaction() {
        progress.read();
        progress.save(BackfillProgress.notStarted());
        progress.stopRequested();

        assertThat(settings.transactions).isEqualTo(3);
    }
}
