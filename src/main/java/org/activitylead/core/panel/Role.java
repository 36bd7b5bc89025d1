package org.activitylead.core.panel;

/**
 * What a person is to an activity, each named by one user parameter of the panel: the report filters and counts by
 * role, and a handover moves chosen roles from one person to another.
 */
public enum Role {
    LEAD(Parameter.ACTIVITY_LEAD),
    PM(Parameter.PM),
    OWNER(Parameter.OWNER),
    REVIEWER(Parameter.REVIEWERS);

    private final Parameter parameter;

    Role(Parameter parameter) {
        this.parameter = parameter;
    }

    /** The panel parameter that names the people in this role. */
    public Parameter parameter() {
        return parameter;
    }
}
