package org.activitylead.core.handover;

/** Why a handover cannot be asked for, shown to the administrator in their language; never their raw input. */
public enum HandoverProblem {
    NO_ROLE("activity-lead.handover.problem.no-role"),
    SUCCESSOR_UNKNOWN("activity-lead.handover.problem.successor-unknown"),
    SUCCESSOR_DEACTIVATED("activity-lead.handover.problem.successor-deactivated"),
    SUCCESSOR_IS_LEAVER("activity-lead.handover.problem.successor-is-leaver");

    private final String messageKey;

    HandoverProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
