package org.activitylead.core.handover;

/** Port to the product's links on the reassignment screen, built on the server below the site's base URL. */
public interface HandoverLinks {

    /** The reassignment screen for the person with this key (a leaver chosen on the health screen). */
    String handoverScreen(String leaverKey);

    /** Where the forms post to: start the dry run, start the reassignment it showed, stop, resume. */
    String dryRun();

    String reassign();

    String stopHandover();

    String resumeHandover();

    /** The page, blog post or issue a result is about. */
    String result(PageResult result);

    String healthScreen();
}
