package org.activitylead.core.handover;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A handover job's pass over its pages, batch by batch: each page read as it is now and handed over (or, in the dry
 * run, only checked) through the host; each batch's results, then the progress, saved where every node reads them.
 * Resumable without doing anything twice: a run goes on from the saved progress, so only the batch a node died in
 * is done again, and a page that batch already changed no longer names the leaver, so it is left alone.
 */
public final class HandoverRun {

    /** Pages per batch: at most this many are checked again after a node dies mid-batch. */
    public static final int BATCH = 25;

    private final HandoverLedger ledger;
    private final PageHandovers pages;
    private final Clock clock;

    public HandoverRun(HandoverLedger ledger, PageHandovers pages, Clock clock) {
        this.ledger = ledger;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * Goes on from {@code progress} until every page is done, an administrator asks it to stop, or the run must
     * pause (its time is up, or the host shuts down): the schedule's next run goes on from there.
     *
     * @return the progress reached, as last saved
     */
    public HandoverProgress run(HandoverProgress progress, Handover handover, BooleanSupplier pause, BooleanSupplier stopRequested) {
        HandoverProgress now = progress;
        boolean write = progress.mode() == HandoverMode.REASSIGN;
        while (now.running()) {
            if (stopRequested.getAsBoolean()) {
                now = now.stopped(clock.instant());
                ledger.save(now);
                return now;
            }
            if (pause.getAsBoolean()) {
                return now;
            }
            int batch = now.batch();
            List<Long> ids = ledger.pages(batch);
            List<PageResult> results = new ArrayList<>(ids.size());
            for (long pageId : ids) {
                results.add(pages.handOver(pageId, handover, write));
            }
            ledger.saveResults(batch, results);
            now = now.after(results, clock.instant());
            if (now.running() && ids.size() < BATCH) {
                // A short batch before the total (pages lost from the ledger) is the last: the job ends instead of looping.
                now = now.endedAtBatch(clock.instant());
            }
            ledger.save(now);
        }
        return now;
    }
}
