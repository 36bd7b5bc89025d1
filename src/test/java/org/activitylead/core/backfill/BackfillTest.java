package org.activitylead.core.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class BackfillTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final BooleanSupplier NEVER = () -> false;

    private final FakeSite site = new FakeSite();
    private final List<BackfillProgress> saved = new ArrayList<>();
    private final Backfill backfill = new Backfill(site, site, Clock.fixed(NOW, ZoneOffset.UTC));

    private static BackfillProgress started() {
        return BackfillProgress.notStarted().startedBy("admin-key", NOW);
    }

    private BackfillProgress runToTheEnd(BackfillProgress from) {
        return backfill.run(from, NEVER, NEVER, saved::add);
    }

    @Test
    void recordsEveryPageWithAPanelOnceAndFinishes() {
        site.pages(60);

        BackfillProgress end = runToTheEnd(started());

        assertThat(end.state()).isEqualTo(BackfillState.FINISHED);
        assertThat(site.allRecorded()).isTrue();
        assertThat(site.recorded).hasSize(60).doesNotHaveDuplicates();
        assertThat(end.checked()).isEqualTo(60);
        assertThat(end.written()).isEqualTo(60);
        assertThat(end.total()).isEqualTo(60);
        assertThat(saved).last().isEqualTo(end);
    }

    @Test
    void savesItsProgressAfterEveryBatch() {
        site.pages(Backfill.BATCH * 2 + 3);

        runToTheEnd(started());

        assertThat(saved).extracting(BackfillProgress::checked).containsExactly(Backfill.BATCH, Backfill.BATCH * 2 - 1,
                Backfill.BATCH * 2 + 3);
    }

    @Test
    void writesNothingWhenRunASecondTime() {
        site.pages(40);
        runToTheEnd(started());
        int writes = site.writes;

        BackfillProgress again = runToTheEnd(BackfillProgress.fromJson(saved.get(saved.size() - 1).toJson()).startedBy("admin-key", NOW));

        assertThat(site.writes).isEqualTo(writes);
        assertThat(again.written()).isZero();
        assertThat(again.checked()).isEqualTo(40);
    }

    @Test
    void resumesAfterANodeStoppedWithoutCheckingAPageTwice() {
        site.pages(70);
        AtomicInteger done = new AtomicInteger();
        BackfillProgress paused = backfill.run(started(), () -> done.get() >= 1, NEVER, progress -> {
            saved.add(progress);
            done.incrementAndGet();
        });
        assertThat(paused.running()).isTrue();
        int checkedBefore = site.recorded.size();

        // Another node reads the stored progress and goes on.
        BackfillProgress end = runToTheEnd(BackfillProgress.fromJson(paused.toJson()));

        assertThat(checkedBefore).isEqualTo(Backfill.BATCH);
        assertThat(site.recorded).hasSize(70).doesNotHaveDuplicates();
        assertThat(end.state()).isEqualTo(BackfillState.FINISHED);
        assertThat(end.checked()).isEqualTo(70);
    }

    @Test
    void missesNoPageWhenPagesBeforeTheCursorAreDeleted() {
        site.pages(200);
        AtomicInteger batches = new AtomicInteger();
        BackfillProgress paused = backfill.run(started(), () -> batches.get() >= 4, NEVER, progress -> batches.incrementAndGet());
        long lastDone = paused.cursor().lastId();
        // Sixty pages already done are deleted: every row behind the cursor moves back by sixty.
        for (long id = 10; id <= 600; id += 10) {
            site.delete(id);
        }

        runToTheEnd(paused);

        assertThat(site.allRecorded()).isTrue();
        assertThat(site.recorded).doesNotHaveDuplicates();
        assertThat(site.recorded.stream().filter(id -> id > lastDone)).hasSize((int) (2000 - lastDone) / 10);
    }

    @Test
    void recordsPagesCreatedWhileItRuns() {
        site.pages(30);
        site.afterEachRecord(() -> {
            if (site.recorded.size() == 5) {
                site.add(5000);
            }
        });

        runToTheEnd(started());

        assertThat(site.recorded).contains(5000L).doesNotHaveDuplicates();
        assertThat(site.allRecorded()).isTrue();
    }

    @Test
    void stopsAfterTheBatchInWhichAnAdministratorAskedAndResumesFromThere() {
        site.pages(80);
        AtomicBoolean stop = new AtomicBoolean();
        site.afterEachRecord(() -> stop.set(site.recorded.size() >= 3));

        BackfillProgress stopped = backfill.run(started(), NEVER, stop::get, saved::add);

        assertThat(stopped.state()).isEqualTo(BackfillState.STOPPED);
        assertThat(site.recorded).hasSize(Backfill.BATCH);
        BackfillProgress resumed = BackfillProgress.fromJson(stopped.toJson()).startedBy("other-admin", NOW);
        assertThat(resumed.checked()).isEqualTo(Backfill.BATCH);
        assertThat(resumed.startedBy()).isEqualTo("other-admin");

        site.afterEachRecord(() -> { });
        BackfillProgress end = runToTheEnd(resumed);

        assertThat(end.state()).isEqualTo(BackfillState.FINISHED);
        assertThat(site.recorded).hasSize(80).doesNotHaveDuplicates();
    }

    @Test
    void countsAndListsPagesThatFailWithoutStopping() {
        site.pages(50);
        site.failing(id -> id % 20 == 0);

        BackfillProgress end = runToTheEnd(started());

        assertThat(end.state()).isEqualTo(BackfillState.FINISHED);
        assertThat(end.failed()).isEqualTo(25);
        assertThat(end.failedPages()).hasSize(BackfillProgress.FAILED_SHOWN).startsWith(20L, 40L);
        assertThat(end.written()).isEqualTo(25);
    }

    @Test
    void aPageWhoseRecordingThrowsCountsAsFailed() {
        PageRecorder throwing = id -> {
            throw new IllegalStateException("host refused");
        };
        site.pages(3);

        BackfillProgress end = new Backfill(site, throwing, Clock.fixed(NOW, ZoneOffset.UTC)).run(started(), NEVER, NEVER, saved::add);

        assertThat(end.failed()).isEqualTo(3);
        assertThat(end.state()).isEqualTo(BackfillState.FINISHED);
    }

    @Test
    void aFailedSearchKeepsItsPlaceForTheNextRun() {
        PanelledPages broken = (from, limit) -> {
            throw new PanelledPages.SearchFailed(new RuntimeException("index unavailable"));
        };

        BackfillProgress troubled = new Backfill(broken, site, Clock.fixed(NOW, ZoneOffset.UTC)).run(started(), NEVER, NEVER, saved::add);

        assertThat(troubled.running()).isTrue();
        assertThat(troubled.problem()).contains(BackfillProblem.SEARCH_FAILED);
        assertThat(troubled.cursor()).isEqualTo(Cursor.START);
        assertThat(saved).containsExactly(troubled);
    }

    @Test
    void doesNothingUnlessRunning() {
        site.pages(5);

        BackfillProgress untouched = runToTheEnd(BackfillProgress.notStarted());

        assertThat(untouched).isEqualTo(BackfillProgress.notStarted());
        assertThat(site.searches).isZero();
        assertThat(saved).isEmpty();
    }

    @Test
    void searchesOnceABatchWhileNothingIsDeleted() {
        site.pages(Backfill.BATCH * 4);

        runToTheEnd(started());

        // One row of each batch after the first is the last one done, checked again to keep its place.
        assertThat(site.searches).isEqualTo(5);
    }

    @Test
    void finishesAtOnceOnASiteWithoutPanels() {
        BackfillProgress end = runToTheEnd(started());

        assertThat(end.state()).isEqualTo(BackfillState.FINISHED);
        assertThat(end.checked()).isZero();
        assertThat(site.searches).isEqualTo(1);
    }
}
