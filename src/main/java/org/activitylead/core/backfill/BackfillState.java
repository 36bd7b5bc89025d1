package org.activitylead.core.backfill;

/** Where the recording of existing pages stands. */
public enum BackfillState {
    /** Never started on this site. */
    NOT_STARTED,
    /** Started or resumed; the host's scheduler runs it, on one node at a time, until it finishes or is stopped. */
    RUNNING,
    /** Stopped by an administrator, or because it cannot go on; resuming continues where it stopped. */
    STOPPED,
    /** Every page that held a panel when it got there was checked; starting again checks them all once more. */
    FINISHED
}
