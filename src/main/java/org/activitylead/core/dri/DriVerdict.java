package org.activitylead.core.dri;

import java.util.Optional;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.MessageKeys;

/**
 * The outcome of the DRI rules for one write: the user to store, held as the host's own object, or the one reason
 * the write is refused.
 *
 * @param <U> the host's user type
 */
public sealed interface DriVerdict<U> {

    /** Store this user's key, or nothing when the field may stay empty. */
    record Accepted<U>(Optional<HostUser<U>> dri) implements DriVerdict<U> {
    }

    /** Refused; the message names the rule, never the submitted text. */
    record Rejected<U>(Reason reason) implements DriVerdict<U> {
    }

    enum Reason {
        SEVERAL, NOT_A_USER, DEACTIVATED, CANNOT_BROWSE, REQUIRED;

        public String messageKey() {
            return MessageKeys.of("activity-lead.dri.error.", this);
        }
    }
}
