package org.activitylead.core.dri;

import java.util.Optional;

/** The outcome of the DRI rules for one write: the value to store, or the one reason it is refused. */
public sealed interface DriVerdict {

    /** Store this user's key, or nothing when the field may stay empty. */
    record Accepted(Optional<DriUser> dri) implements DriVerdict {
    }

    /** Refused; the message names the rule, never the submitted text. */
    record Rejected(Reason reason) implements DriVerdict {
    }

    enum Reason {
        SEVERAL, NOT_A_USER, DEACTIVATED, CANNOT_BROWSE, REQUIRED;

        public String messageKey() {
            return "activity-lead.dri.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
