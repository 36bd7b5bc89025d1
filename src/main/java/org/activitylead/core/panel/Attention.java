package org.activitylead.core.panel;

import java.util.Locale;
import org.activitylead.core.people.MessageKeys;

/**
 * What about an activity needs someone's attention, as {@link OwnershipRules} decides it: the words of the panel's
 * warnings, the "needs attention" of the report, and the values its search filters by.
 */
public enum Attention {
    NO_LEAD, SEVERAL_LEADS, LEAD_UNKNOWN, LEAD_DEACTIVATED, NO_PM, REVIEW_OVERDUE, REVIEW_DUE;

    /** The value recorded with a page and matched by search: lower case with hyphens, as "no-lead". */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The i18n key of its short label, as the report shows it. */
    public String messageKey() {
        return MessageKeys.of("activity-lead.attention.", this);
    }

    /** Whether it follows from the page alone; review dates are judged on the day they are read. */
    public boolean ofThePage() {
        return this != REVIEW_OVERDUE && this != REVIEW_DUE;
    }
}
