package org.activitylead.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.activitylead.core.panel.Role;
import org.junit.jupiter.api.Test;

/** The audit log's entry for the end of a reassignment: when one is due, its pages, its summary and attributes. */
class HandoverAuditTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant LATER = START.plusSeconds(60);
    private static final HandoverRequest REQUEST = new HandoverRequest("key-alice", Set.of(Role.LEAD, Role.PM), "key-bob");

    /** The results of {@code pages} pages, batch by batch; every third page skipped, the rest changed. */
    private static List<List<PageResult>> results(int pages) {
        List<List<PageResult>> batches = new ArrayList<>();
        List<PageResult> all = LongStream.rangeClosed(1, pages).mapToObj(id -> id % 3 == 0
                ? PageResult.left(id, "Page " + id, PageOutcome.NO_LONGER_NAMED) : PageResult.changed(id, "Page " + id, Set.of(Role.LEAD))).toList();
        for (int from = 0; from < all.size(); from += HandoverRun.BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + HandoverRun.BATCH)));
        }
        return batches;
    }

    private static HandoverProgress reassignment(int total, List<List<PageResult>> results, int batches) {
        HandoverProgress progress = HandoverProgress.started(REQUEST, HandoverMode.REASSIGN, "key-admin", total, START);
        for (int batch = 0; batch < batches; batch++) {
            progress = progress.after(results.get(batch), LATER);
        }
        return progress;
    }

    @Test
    void aFinishedOrStoppedReassignmentIsDueOnceButNeitherADryRunNorARunningJob() {
        List<List<PageResult>> results = results(30);
        HandoverProgress finished = reassignment(30, results, 2);
        HandoverProgress running = reassignment(30, results, 1);
        HandoverProgress stopped = running.stopped(LATER);
        HandoverProgress dryRun = HandoverProgress.started(REQUEST, HandoverMode.DRY_RUN, "key-admin", 0, START);

        assertThat(HandoverAudit.due(finished, Optional.empty())).isTrue();
        assertThat(HandoverAudit.due(finished, Optional.of(finished))).isFalse();
        assertThat(HandoverAudit.due(finished, Optional.of(stopped))).isTrue();
        assertThat(HandoverAudit.due(stopped, Optional.empty())).isTrue();
        assertThat(HandoverAudit.due(running, Optional.empty())).isFalse();
        assertThat(dryRun.state()).isEqualTo(HandoverState.FINISHED);
        assertThat(HandoverAudit.due(dryRun, Optional.empty())).isFalse();
    }

    @Test
    void theEndLastAuditedStillMatchesAfterTheRoundTripThroughStorage() {
        HandoverProgress finished = reassignment(30, results(30), 2);

        assertThat(HandoverAudit.due(finished, Optional.of(HandoverProgress.fromJson(finished.toJson())))).isFalse();
    }

    @Test
    void namesTheChangedPagesUpToItsBoundAndCountsTheRest() {
        List<List<PageResult>> results = results(60);
        HandoverProgress finished = reassignment(60, results, 3);

        HandoverAudit entry = HandoverAudit.of(finished, Optional.empty(), results::get);

        assertThat(entry.pages()).hasSize(HandoverAudit.PAGES).allSatisfy(page -> assertThat(page.outcome()).isEqualTo(PageOutcome.CHANGED));
        assertThat(entry.pages().get(0).pageId()).isEqualTo(1L);
        assertThat(entry.morePages()).isEqualTo(40 - HandoverAudit.PAGES);
        assertThat(entry.attributes()).containsExactly(new HandoverAudit.Attribute(HandoverAudit.DONE, "60 / 60"),
                new HandoverAudit.Attribute(HandoverAudit.CHANGED, "40"), new HandoverAudit.Attribute(HandoverAudit.SKIPPED, "20"),
                new HandoverAudit.Attribute(HandoverAudit.FAILED, "0"), new HandoverAudit.Attribute(HandoverAudit.MORE_PAGES, "15"));
    }

    @Test
    void aResumedJobsEndNamesOnlyThePagesChangedSinceItsPreviousEntry() {
        List<List<PageResult>> results = results(30);
        HandoverProgress stopped = reassignment(30, results, 1).stopped(LATER);
        HandoverProgress finished = stopped.resumedBy("key-admin", LATER).after(results.get(1), LATER);

        HandoverAudit entry = HandoverAudit.of(finished, Optional.of(stopped), results::get);

        assertThat(entry.pages()).extracting(PageResult::pageId).containsExactly(26L, 28L, 29L);
        assertThat(entry.attributes()).contains(new HandoverAudit.Attribute(HandoverAudit.CHANGED, "20"));
    }

    @Test
    void anotherJobsEntryIsNoPlaceToGoOnFrom() {
        List<List<PageResult>> results = results(30);
        HandoverProgress earlier = HandoverProgress.started(REQUEST, HandoverMode.REASSIGN, "key-admin", 30, START.minusSeconds(3600))
                .after(results.get(0), START).stopped(START);
        HandoverProgress finished = reassignment(30, results, 2);

        assertThat(HandoverAudit.of(finished, Optional.of(earlier), results::get).pages()).hasSize(20);
    }

    @Test
    void itsSummarySaysFinishedStoppedOrWhyItStopped() {
        List<List<PageResult>> results = results(30);
        HandoverProgress running = reassignment(30, results, 1);

        assertThat(HandoverAudit.of(reassignment(30, results, 2), Optional.empty(), results::get).summaryKey()).isEqualTo(HandoverAudit.FINISHED);
        assertThat(HandoverAudit.of(running.stopped(LATER), Optional.empty(), results::get).summaryKey()).isEqualTo(HandoverAudit.STOPPED);
        assertThat(HandoverAudit.of(running.stoppedFor(HandoverJobProblem.SUCCESSOR_GONE, LATER), Optional.empty(), results::get).summaryKey())
                .isEqualTo(HandoverAudit.STOPPED_SUCCESSOR_GONE);
        assertThat(HandoverAudit.of(running.stoppedFor(HandoverJobProblem.STARTER_GONE, LATER), Optional.empty(), results::get).summaryKey())
                .isEqualTo(HandoverAudit.STOPPED_STARTER_GONE);
    }

    @Test
    void refusesAnEntryForAJobThatHasNotEnded() {
        List<List<PageResult>> results = results(30);

        assertThatThrownBy(() -> new HandoverAudit(reassignment(30, results, 1), List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
