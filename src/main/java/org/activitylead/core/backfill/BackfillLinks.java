package org.activitylead.core.backfill;

/** Port to the product's links on the job's screen, built on the server below the site's base URL. */
public interface BackfillLinks {

    /** The page or blog post with this content id. */
    String content(long pageId);

    /** Where the start and stop forms post to. */
    String startRecording();

    String stopRecording();

    /** The health screen: who has left, once their pages are recorded. */
    String healthScreen();
}
