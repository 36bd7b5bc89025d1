package org.activitylead.core.panel;

/**
 * What a person is to an activity, each named by one user parameter of the panel: the report filters and counts by
 * role, and a handover moves chosen roles from one person to another.
 */
public enum Role {
    LEAD(Parameter.ACTIVITY_LEAD, "activity-lead.report.column.lead"),
    PM(Parameter.PM, "activity-lead.report.column.pm"),
    OWNER(Parameter.OWNER, "activity-lead.report.column.owner"),
    REVIEWER(Parameter.REVIEWERS, "activity-lead.health.role.reviewer");

    private final Parameter parameter;
    private final String labelKey;

    Role(Parameter parameter, String labelKey) {
        this.parameter = parameter;
        this.labelKey = labelKey;
    }

    /** The i18n key of the role's name, singular: "Reviewer", where the panel's row says "Reviewers". */
    public String labelKey() {
        return labelKey;
    }

    /** The panel parameter that names the people in this role. */
    public Parameter parameter() {
        return parameter;
    }
}
