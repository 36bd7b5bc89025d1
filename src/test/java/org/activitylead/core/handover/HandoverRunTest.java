package org.activitylead.core.handover;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;
import org.junit.jupiter.api.Test;

/**
 * The job's pass over its pages against pages that behave like Confluence's: a page names the leaver until it is
 * handed over once, after which it no longer does; some may not be edited.
 */
class HandoverRunTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Person ALICE = aPerson("alice").deactivated().build();
    private static final Person BOB = aPerson("bob").build();
    private static final HandoverRequest REQUEST = new HandoverRequest(ALICE.key(), Set.of(Role.LEAD), BOB.key());
    private static final Handover HANDOVER = ((Handover.Result.Accepted) Handover.of(ALICE, Set.of(Role.LEAD), BOB)).handover();

    private final MemoryLedger ledger = new MemoryLedger();
    private final Pages pages = new Pages();
    private final HandoverRun run = new HandoverRun(ledger, pages, Clock.fixed(NOW, ZoneOffset.UTC));

    /** Pages that name the leaver until written once; the ones in {@code locked} the administrator may not edit. */
    private static final class Pages implements PageHandovers {
        final Set<Long> namingLeaver = new HashSet<>();
        final Set<Long> locked = new HashSet<>();
        final Map<Long, Integer> writes = new HashMap<>();
        long dieAt = -1;
        int calls;

        @Override
        public PageResult handOver(long pageId, Handover handover, boolean write) {
            calls++;
            if (pageId == dieAt) {
                dieAt = -1;
                throw new IllegalStateException("the node died");
            }
            if (locked.contains(pageId)) {
                return PageResult.left(pageId, "Page " + pageId, PageOutcome.NOT_EDITABLE);
            }
            if (!namingLeaver.contains(pageId)) {
                return PageResult.left(pageId, "Page " + pageId, PageOutcome.NO_LONGER_NAMED);
            }
            if (write) {
                namingLeaver.remove(pageId);
                writes.merge(pageId, 1, Integer::sum);
            }
            return PageResult.changed(pageId, "Page " + pageId, Set.of(Role.LEAD));
        }
    }

    private HandoverProgress started(HandoverMode mode, int pageCount) {
        List<Long> ids = LongStream.rangeClosed(1, pageCount).boxed().toList();
        pages.namingLeaver.addAll(ids);
        ledger.savePages(ids);
        HandoverProgress start = HandoverProgress.started(REQUEST, mode, "key-admin", pageCount, NOW);
        ledger.save(start);
        return start;
    }

    private HandoverProgress runToTheEnd(HandoverProgress from) {
        return run.run(from, HANDOVER, () -> false, () -> false);
    }

    @Test
    void dryRunChecksEveryPageAndChangesNone() {
        pages.locked.add(7L);

        HandoverProgress done = runToTheEnd(started(HandoverMode.DRY_RUN, 60));

        assertThat(done.state()).isEqualTo(HandoverState.FINISHED);
        assertThat(List.of(done.done(), done.changed(), done.skipped(), done.failed())).containsExactly(60, 59, 1, 0);
        assertThat(pages.writes).isEmpty();
        assertThat(ledger.allResults()).hasSize(60).filteredOn(result -> result.outcome() == PageOutcome.NOT_EDITABLE)
                .extracting(PageResult::pageId).containsExactly(7L);
    }

    @Test
    void reassignmentWritesEachPageOnceAndSavesAfterEveryBatch() {
        HandoverProgress done = runToTheEnd(started(HandoverMode.REASSIGN, 60));

        assertThat(done.changed()).isEqualTo(60);
        assertThat(pages.writes.values()).hasSize(60).containsOnly(1);
        // 60 pages in batches of 25: three batches, each saved, after the start.
        assertThat(ledger.progressWrites).isEqualTo(1 + 3);
        assertThat(ledger.progress()).isEqualTo(done);
    }

    @Test
    void resumesAfterANodeDiedMidBatchWithoutWritingAnyPageTwice() {
        HandoverProgress start = started(HandoverMode.REASSIGN, 60);
        pages.dieAt = 31L;

        assertThatThrownBy(() -> runToTheEnd(start)).hasMessage("the node died");
        // The batch of the crash was not saved: the progress is that of the first batch.
        HandoverProgress saved = ledger.progress();
        assertThat(saved.done()).isEqualTo(25);

        HandoverProgress done = runToTheEnd(saved);

        assertThat(pages.writes.values()).hasSize(60).containsOnly(1);
        assertThat(done.state()).isEqualTo(HandoverState.FINISHED);
        // Pages 26..30 were changed before the crash; done again, they no longer name the leaver.
        assertThat(List.of(done.done(), done.changed(), done.skipped(), done.failed())).containsExactly(60, 55, 5, 0);
        assertThat(ledger.allResults()).hasSize(60).filteredOn(result -> result.outcome() == PageOutcome.NO_LONGER_NAMED)
                .extracting(PageResult::pageId).containsExactly(26L, 27L, 28L, 29L, 30L);
    }

    @Test
    void stopsWhenAnAdministratorAsksAndResumesWhereItStopped() {
        HandoverProgress start = started(HandoverMode.REASSIGN, 60);
        int[] batches = {0};

        HandoverProgress stopped = run.run(start, HANDOVER, () -> false, () -> batches[0]++ == 1);

        assertThat(stopped.state()).isEqualTo(HandoverState.STOPPED);
        assertThat(stopped.done()).isEqualTo(25);
        assertThat(ledger.progress()).isEqualTo(stopped);

        HandoverProgress done = runToTheEnd(stopped.resumedBy("key-other", NOW));

        assertThat(done.done()).isEqualTo(60);
        assertThat(done.startedBy()).isEqualTo("key-other");
        assertThat(pages.writes.values()).hasSize(60).containsOnly(1);
    }

    @Test
    void pausesWhenItsTimeIsUpAndTheNextRunGoesOn() {
        HandoverProgress start = started(HandoverMode.DRY_RUN, 100);
        int[] asked = {0};

        HandoverProgress paused = run.run(start, HANDOVER, () -> asked[0]++ >= 2, () -> false);

        assertThat(paused.running()).isTrue();
        assertThat(paused.done()).isEqualTo(50);
        assertThat(paused.percent()).isEqualTo(50);
        assertThat(runToTheEnd(ledger.progress()).done()).isEqualTo(100);
        assertThat(pages.calls).isEqualTo(100);
    }

    @Test
    void endsWhereTheLedgersPagesRunOutInsteadOfLooping() {
        HandoverProgress start = HandoverProgress.started(REQUEST, HandoverMode.DRY_RUN, "key-admin", 40, NOW);
        pages.namingLeaver.addAll(List.of(1L, 2L));
        ledger.savePages(List.of(1L, 2L));

        HandoverProgress done = runToTheEnd(start);

        assertThat(done.state()).isEqualTo(HandoverState.FINISHED);
        assertThat(List.of(done.total(), done.done())).containsExactly(2, 2);
    }

    @Test
    void aJobWithoutPagesIsFinishedAtOnce() {
        HandoverProgress start = HandoverProgress.started(REQUEST, HandoverMode.DRY_RUN, "key-admin", 0, NOW);

        assertThat(start.state()).isEqualTo(HandoverState.FINISHED);
        assertThat(runToTheEnd(start)).isEqualTo(start);
        assertThat(pages.calls).isZero();
    }
}
