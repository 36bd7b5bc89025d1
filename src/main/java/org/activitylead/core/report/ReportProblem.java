package org.activitylead.core.report;

import org.activitylead.core.people.MessageKeys;

/** What is wrong with one report parameter. The message names the parameter and never repeats its value. */
public record ReportProblem(ReportParameter parameter, Kind kind) {

    public enum Kind {
        TOO_LONG, NOT_A_SPACE_KEY, TOO_MANY_SPACES, UNKNOWN_STATUS, INVALID_USER, UNKNOWN_ROLE, NOT_A_LABEL, NOT_A_BOOLEAN,
        NOT_A_LIMIT, UNKNOWN_SORT, UNKNOWN_LAYOUT;

        public String messageKey() {
            return MessageKeys.of("activity-lead.report.problem.", this);
        }
    }
}
