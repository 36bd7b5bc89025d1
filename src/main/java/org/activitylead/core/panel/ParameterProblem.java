package org.activitylead.core.panel;

import org.activitylead.core.people.MessageKeys;

/** What is wrong with one parameter. The message names the parameter and never repeats its raw value. */
public record ParameterProblem(Parameter parameter, Kind kind) {

    public enum Kind {
        TOO_LONG, UNKNOWN_STATUS, NOT_A_DATE, NOT_A_BOOLEAN, SEVERAL_USERS, TOO_MANY_REVIEWERS, INVALID_USER;

        public String messageKey() {
            return MessageKeys.of("activity-lead.problem.", this);
        }
    }
}
