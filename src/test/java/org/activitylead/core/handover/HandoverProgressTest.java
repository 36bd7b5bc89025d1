package org.activitylead.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.junit.jupiter.api.Test;

class HandoverProgressTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final HandoverRequest REQUEST = new HandoverRequest("key-alice", Set.of(Role.LEAD, Role.REVIEWER), "key-bob");

    private static HandoverProgress running(int total) {
        return HandoverProgress.started(REQUEST, HandoverMode.DRY_RUN, "key-admin", total, NOW);
    }

    @Test
    void readsBackWhatItWrote() {
        HandoverProgress progress = running(60).after(List.of(PageResult.changed(1L, "A", Set.of(Role.LEAD)),
                PageResult.left(2L, "B", PageOutcome.NOT_EDITABLE), PageResult.left(3L, "C", PageOutcome.NOT_SAVED)), NOW)
                .stoppedFor(HandoverJobProblem.SUCCESSOR_GONE, NOW);

        assertThat(HandoverProgress.fromJson(progress.toJson())).isEqualTo(progress);
        assertThat(HandoverProgress.fromJson(HandoverProgress.notStarted().toJson())).isEqualTo(HandoverProgress.notStarted());
    }

    @Test
    void readsAnythingButAWholeConsistentProgressAsNeverStarted() {
        String json = running(60).toJson();
        for (String damaged : List.of("", "{}", json.replace("\"done\":0", "\"done\":61"), json.replace("DRY_RUN", "DELETE"),
                json.replace("\"LEAD\"", "\"BOSS\""), json.replace("key-alice", ""), json.substring(0, json.length() - 1), "[]")) {
            assertThat(HandoverProgress.fromJson(damaged)).as(damaged).isEqualTo(HandoverProgress.notStarted());
        }
        assertThat(HandoverProgress.fromJson(null)).isEqualTo(HandoverProgress.notStarted());
    }

    @Test
    void countsEachPageOnceByWhatHappenedToIt() {
        HandoverProgress progress = running(10).after(List.of(PageResult.changed(1L, "A", Set.of(Role.LEAD)),
                PageResult.left(2L, "B", PageOutcome.GONE), PageResult.left(3L, "C", PageOutcome.NOT_REWRITTEN), PageResult.left(4L, "D",
                        PageOutcome.NAMED_AS_TEXT)), NOW);

        assertThat(List.of(progress.done(), progress.changed(), progress.skipped(), progress.failed())).containsExactly(4, 1, 2, 1);
        assertThat(progress.percent()).isEqualTo(40);
        assertThat(progress.running()).isTrue();
    }

    @Test
    void refusesCountsThatCannotBe() {
        assertThatThrownBy(() -> new HandoverProgress(HandoverState.RUNNING, HandoverMode.DRY_RUN, Optional.of(REQUEST), "", Optional.empty(),
                Optional.empty(), 5, 6, 6, 0, 0, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HandoverProgress(HandoverState.RUNNING, HandoverMode.DRY_RUN, Optional.empty(), "", Optional.empty(),
                Optional.empty(), 0, 0, 0, 0, 0, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allowsTheReassignmentOnlyAfterTheFinishedDryRunOfTheSameRequest() {
        HandoverProgress dryRun = running(1).after(List.of(PageResult.changed(1L, "A", Set.of(Role.LEAD))), NOW);

        assertThat(dryRun.dryRunDone(REQUEST)).isTrue();
        assertThat(dryRun.dryRunDone(new HandoverRequest("key-alice", Set.of(Role.LEAD), "key-bob"))).isFalse();
        assertThat(running(2).dryRunDone(REQUEST)).isFalse();
        assertThat(HandoverProgress.started(REQUEST, HandoverMode.REASSIGN, "key-admin", 0, NOW).dryRunDone(REQUEST)).isFalse();
    }

    @Test
    void resumesOnlyAStoppedJob() {
        HandoverProgress stopped = running(10).stopped(NOW);

        assertThat(stopped.resumedBy("key-other", NOW).running()).isTrue();
        assertThat(stopped.resumedBy("key-other", NOW).startedBy()).isEqualTo("key-other");
        assertThat(running(10).resumedBy("key-other", NOW).startedBy()).isEqualTo("key-admin");
    }
}
