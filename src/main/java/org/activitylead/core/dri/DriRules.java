package org.activitylead.core.dri;

import java.util.Collection;
import java.util.Optional;

/**
 * Exactly one active DRI per epic: the rules every write path runs, on the server, before anything is stored.
 */
public final class DriRules {

    private DriRules() {
    }

    /**
     * @param rawValues what the write path submitted (form values, a bulk-edit entry, a REST string); nulls and blanks
     *                  count as nothing
     * @param required  whether the issue must have a DRI (epics)
     * @param scope     what is written, for the browse check; null when the host does not say (then the check is left
     *                  to the workflow validator, which always knows the issue)
     */
    public static <S> DriVerdict check(Collection<?> rawValues, boolean required, S scope, DriDirectory<S> directory) {
        DriInput input = DriInput.of(rawValues);
        if (input instanceof DriInput.Empty) {
            return required ? rejected(DriVerdict.Reason.REQUIRED) : new DriVerdict.Accepted(Optional.empty());
        }
        if (input instanceof DriInput.Several) {
            return rejected(DriVerdict.Reason.SEVERAL);
        }
        if (!(input instanceof DriInput.Candidate candidate)) {
            return rejected(DriVerdict.Reason.NOT_A_USER);
        }
        Optional<DriUser> user = directory.find(candidate.value());
        if (user.isEmpty()) {
            return rejected(DriVerdict.Reason.NOT_A_USER);
        }
        if (!user.get().active()) {
            return rejected(DriVerdict.Reason.DEACTIVATED);
        }
        if (scope != null && !directory.canBrowse(user.get(), scope)) {
            return rejected(DriVerdict.Reason.CANNOT_BROWSE);
        }
        return new DriVerdict.Accepted(user);
    }

    private static DriVerdict rejected(DriVerdict.Reason reason) {
        return new DriVerdict.Rejected(reason);
    }
}
