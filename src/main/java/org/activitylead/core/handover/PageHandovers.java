package org.activitylead.core.handover;

/**
 * Port to the host's pages for a handover, acting as the administrator who asked for it: the host checks that they
 * may edit the page, rewrites its stored body and saves it as a new version by them.
 */
public interface PageHandovers {

    /**
     * Reads the page as it is now and hands it over: {@code write} false is the dry run, which changes nothing.
     * Never throws for one page: a failure is its outcome.
     */
    PageResult handOver(long pageId, Handover handover, boolean write);
}
