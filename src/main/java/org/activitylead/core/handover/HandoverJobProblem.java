package org.activitylead.core.handover;

/** Why a handover job stopped by itself, shown on the screen; an administrator can start it again once it is gone. */
public enum HandoverJobProblem {
    /** The administrator the job acts as was deactivated or deleted. */
    STARTER_GONE("activity-lead.handover.job.problem.starter-gone"),
    /** The successor cannot take the roles any more (deactivated, deleted). */
    SUCCESSOR_GONE("activity-lead.handover.job.problem.successor-gone");

    private final String messageKey;

    HandoverJobProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
