package org.activitylead.core.backfill;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Records the pages that held a panel before the app could hear their saves: in batches, in content-id order, with
 * the progress saved after every batch. Resumable without doing anything twice: a run picks up at the saved
 * {@link Cursor}, so a page is checked again only if a node died inside a batch, and even then nothing is written
 * again, because an unchanged record is never rewritten. Pages are only read; their records are the only writes.
 */
public final class Backfill {

    /** Pages per batch: at most this many are checked again after a node dies mid-batch. */
    static final int BATCH = 25;

    private final PanelledPages pages;
    private final PageRecorder recorder;
    private final Clock clock;

    public Backfill(PanelledPages pages, PageRecorder recorder, Clock clock) {
        this.pages = pages;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Goes on from {@code progress} until every page is done, an administrator asks it to stop, or the run must
     * pause (its time is up, or the host shuts down): the schedule's next run goes on from there.
     *
     * @param save stores the progress where every node reads it; called after every batch and at the end
     * @return the progress reached, as last saved
     */
    public BackfillProgress run(BackfillProgress progress, BooleanSupplier pause, BooleanSupplier stopRequested, Consumer<BackfillProgress> save) {
        BackfillProgress now = progress;
        while (now.running()) {
            if (stopRequested.getAsBoolean()) {
                return saved(now.ended(BackfillState.STOPPED, Optional.empty(), clock.instant()), save);
            }
            if (pause.getAsBoolean()) {
                return now;
            }
            Window window;
            try {
                window = window(now.cursor());
            } catch (PanelledPages.SearchFailed e) {
                return saved(now.troubled(BackfillProblem.SEARCH_FAILED, clock.instant()), save);
            }
            now = record(now.counted(window.found().total(), clock.instant()), window);
            if (window.found().ids().size() < BATCH) {
                return saved(now.ended(BackfillState.FINISHED, Optional.empty(), clock.instant()), save);
            }
            now = saved(now, save);
        }
        return now;
    }

    /**
     * The next batch, from one row before the cursor; moved further back while its first id is above the last one
     * done (pages before it were deleted), so that no page slips past. One search a batch while nothing is deleted.
     */
    private Window window(Cursor cursor) {
        int from = cursor.searchFrom();
        PanelledPages.Found found = pages.find(from, BATCH);
        int back = BATCH;
        while (from > 0 && (found.ids().isEmpty() || found.ids().get(0) > cursor.lastId())) {
            from = Math.max(0, from - back);
            back *= 2;
            found = pages.find(from, BATCH);
        }
        return new Window(from, found);
    }

    private record Window(int from, PanelledPages.Found found) {
    }

    private BackfillProgress record(BackfillProgress progress, Window window) {
        BackfillProgress now = progress;
        int from = window.from();
        List<Long> ids = window.found().ids();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Cursor cursor = now.cursor();
            now = id <= cursor.lastId() ? now.at(cursor.skipping(from + i)) : now.afterPage(cursor.after(from + i, id), outcome(id), id);
        }
        return now;
    }

    /** One page that cannot be recorded never stops the job: it is counted and listed. */
    private PageRecorder.Outcome outcome(long id) {
        try {
            return recorder.record(id);
        } catch (RuntimeException e) {
            return PageRecorder.Outcome.FAILED;
        }
    }

    private static BackfillProgress saved(BackfillProgress progress, Consumer<BackfillProgress> save) {
        save.accept(progress);
        return progress;
    }
}
