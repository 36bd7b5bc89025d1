package org.activitylead.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.activitylead.testing.FakePluginSettings;
import org.junit.jupiter.api.Test;

/** A job's stop request in SAL's settings, under its own key. */
class JobSettingsTest {

    private final FakePluginSettings settings = new FakePluginSettings();
    private final JobSettings recording = new JobSettings(settings, settings, "org.activitylead.recording.stop") { };
    private final JobSettings handover = new HandoverStore(settings, settings);

    @Test
    void aStopRequestStaysUntilClearedAndIsEachJobsOwn() {
        recording.requestStop();

        assertThat(recording.stopRequested()).isTrue();
        assertThat(handover.stopRequested()).isFalse();
        assertThat(settings.get("org.activitylead.recording.stop")).isEqualTo("true");
        recording.clearStop();
        assertThat(recording.stopRequested()).isFalse();
    }
}
