package org.activitylead.core.handover;

/**
 * What a handover did to one page, or, in the dry run, would do: changed, left alone for a reason the administrator
 * can act on, or not done because the host failed. Nothing is half-written in any of them.
 */
public enum PageOutcome {
    CHANGED(Kind.CHANGED, "activity-lead.handover.outcome.changed"),
    GONE(Kind.SKIPPED, "activity-lead.handover.outcome.gone"),
    NOT_EDITABLE(Kind.SKIPPED, "activity-lead.handover.outcome.not-editable"),
    NO_LONGER_NAMED(Kind.SKIPPED, "activity-lead.handover.outcome.no-longer-named"),
    NAMED_AS_TEXT(Kind.SKIPPED, "activity-lead.handover.outcome.named-as-text"),
    /** The host's own validation refused the change (Jira's field rules); its reason is the argument. */
    REFUSED(Kind.SKIPPED, "activity-lead.handover.outcome.refused"),
    NOT_REWRITTEN(Kind.FAILED, "activity-lead.handover.outcome.not-rewritten"),
    NOT_SAVED(Kind.FAILED, "activity-lead.handover.outcome.not-saved");

    public enum Kind { CHANGED, SKIPPED, FAILED }

    private final Kind kind;
    private final String messageKey;

    PageOutcome(Kind kind, String messageKey) {
        this.kind = kind;
        this.messageKey = messageKey;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }
}
