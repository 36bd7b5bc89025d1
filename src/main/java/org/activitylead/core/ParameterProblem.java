package org.activitylead.core;

/** What is wrong with one parameter. The message names the parameter and never repeats its raw value. */
public record ParameterProblem(Parameter parameter, Kind kind) {

    public enum Kind {
        TOO_LONG, UNKNOWN_STATUS, NOT_A_DATE, NOT_A_BOOLEAN, SEVERAL_USERS, TOO_MANY_REVIEWERS, INVALID_USER;

        public String messageKey() {
            return "activity-lead.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
