package org.activitylead.core.handover;

import java.util.List;

/**
 * Port to where the host keeps a handover job, where every node reads it: its progress, the pages it goes through
 * and each page's result, batch by batch, so no value grows with the job and a batch is written whole or not at all.
 */
public interface HandoverLedger {

    HandoverProgress progress();

    void save(HandoverProgress progress);

    /** The page ids of one batch, in the order the job goes through them; empty past the last. */
    List<Long> pages(int batch);

    /** Replaces every batch of pages with these, cut into batches of {@link HandoverRun#BATCH}. */
    void savePages(List<Long> pageIds);

    /** The results of one batch; empty before it is done. */
    List<PageResult> results(int batch);

    /** Written before the progress moves past the batch: a batch done again overwrites its own results. */
    void saveResults(int batch, List<PageResult> results);
}
