package org.activitylead.core.backfill;

/** Why the job did not go on, shown to administrators in their language; never a host's message or a stack trace. */
public enum BackfillProblem {
    /** The administrator it runs as cannot be found or is deactivated: it stops, and another administrator resumes it. */
    STARTER_GONE("activity-lead.backfill.problem.starter-gone"),
    /** Confluence's search failed; the next run of the schedule tries again from the same place. */
    SEARCH_FAILED("activity-lead.backfill.problem.search-failed");

    private final String messageKey;

    BackfillProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
