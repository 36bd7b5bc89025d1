package org.activitylead.core.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackfillProgressTest {

    private static final Instant STARTED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-03T09:30:00Z");

    private static BackfillProgress halfway() {
        return new BackfillProgress(BackfillState.RUNNING, "JIRAUSER\"10\\", Optional.of(STARTED), Optional.of(LATER), 120, 50, 30, 2,
                List.of(410L, 990L), new Cursor(50, 7_000_000_001L), Optional.of(BackfillProblem.SEARCH_FAILED));
    }

    @Test
    void readsBackWhatItWrites() {
        for (BackfillProgress progress : List.of(BackfillProgress.notStarted(), halfway(),
                halfway().ended(BackfillState.FINISHED, Optional.empty(), LATER), halfway().stoppedFor(BackfillProblem.STARTER_GONE, LATER))) {
            assertThat(BackfillProgress.fromJson(progress.toJson())).isEqualTo(progress);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "{}", "{\"state\":\"RUNNING\"}", "not json",
            "{\"state\":\"DANCING\",\"by\":\"a\",\"total\":1,\"checked\":0,\"written\":0,\"failed\":0,\"failedPages\":[],\"offset\":0,\"lastId\":-1}",
            "{\"state\":\"RUNNING\",\"by\":\"a\",\"total\":1,\"checked\":0,\"written\":5,\"failed\":0,\"failedPages\":[],\"offset\":0,\"lastId\":-1}",
            "{\"state\":\"RUNNING\",\"by\":\"a\",\"total\":1,\"checked\":0,\"written\":0,\"failed\":0,\"failedPages\":[],\"offset\":-4,\"lastId\":-1}",
            "{\"state\":\"RUNNING\",\"by\":\"a\",\"startedAt\":\"yesterday\",\"total\":1,\"checked\":0,\"written\":0,\"failed\":0,\"failedPages\":[],\"offset\":0,\"lastId\":-1}",
            "{\"state\":\"RUNNING\",\"by\":\"a\",\"total\":99999999999,\"checked\":0,\"written\":0,\"failed\":0,\"failedPages\":[],\"offset\":0,\"lastId\":-1}",
            "{\"state\":\"RUNNING\",\"by\":7,\"total\":1,\"checked\":0,\"written\":0,\"failed\":0,\"failedPages\":[],\"offset\":0,\"lastId\":-1}"})
    void readsAnythingButAWholeConsistentProgressAsNeverStarted(String stored) {
        assertThat(BackfillProgress.fromJson(stored)).isEqualTo(BackfillProgress.notStarted());
    }

    @Test
    void aFirstStartOrAStartAfterTheEndBeginsAtTheFirstPage() {
        BackfillProgress finished = halfway().ended(BackfillState.FINISHED, Optional.empty(), LATER);

        for (BackfillProgress before : List.of(BackfillProgress.notStarted(), finished)) {
            BackfillProgress started = before.startedBy("admin", LATER);
            assertThat(started.state()).isEqualTo(BackfillState.RUNNING);
            assertThat(started.cursor()).isEqualTo(Cursor.START);
            assertThat(started.checked()).isZero();
            assertThat(started.startedBy()).isEqualTo("admin");
            assertThat(started.startedAt()).contains(LATER);
        }
    }

    @Test
    void aStartAfterAStopResumesWithItsCounts() {
        BackfillProgress stopped = halfway().stoppedFor(BackfillProblem.STARTER_GONE, LATER);

        BackfillProgress resumed = stopped.startedBy("other", LATER);

        assertThat(resumed.state()).isEqualTo(BackfillState.RUNNING);
        assertThat(resumed.cursor()).isEqualTo(stopped.cursor());
        assertThat(resumed.checked()).isEqualTo(50);
        assertThat(resumed.startedAt()).contains(STARTED);
        assertThat(resumed.startedBy()).isEqualTo("other");
        assertThat(resumed.problem()).isEmpty();
    }

    @Test
    void aStartWhileRunningChangesNothing() {
        assertThat(halfway().startedBy("other", LATER)).isEqualTo(halfway());
    }

    @Test
    void finishingShowsEveryPageCheckedAsTheTotal() {
        BackfillProgress finished = halfway().ended(BackfillState.FINISHED, Optional.empty(), LATER);

        assertThat(finished.total()).isEqualTo(50);
        assertThat(finished.cursor()).isEqualTo(Cursor.START);
    }

    @Test
    void refusesCountsThatCannotBe() {
        assertThatThrownBy(() -> new BackfillProgress(BackfillState.RUNNING, "a", Optional.empty(), Optional.empty(), 1, 1, 1, 1, List.of(),
                Cursor.START, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackfillProgress(BackfillState.RUNNING, "a", Optional.empty(), Optional.empty(), 1, 1, 0, 0, List.of(5L),
                Cursor.START, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
