package org.activitylead.core.backfill;

/** Port to the recording of one page, exactly as a save records it: read its panels, store or remove its record. */
public interface PageRecorder {

    enum Outcome {
        /** The record was created, changed or removed. */
        WRITTEN,
        /** The stored record was already right: nothing was written, nothing re-indexed. */
        UNCHANGED,
        /** The page could not be read or its record not written (gone, restricted, refused); the job goes on. */
        FAILED
    }

    Outcome record(long pageId);
}
