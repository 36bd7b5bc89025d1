package org.activitylead.core.dri;

import java.util.Collection;
import java.util.Optional;
import org.activitylead.core.people.HostUser;

/**
 * Exactly one active DRI per epic: the rules every write path runs, on the server, before anything is stored.
 */
public final class DriRules {

    private DriRules() {
    }

    /**
     * A submitted value: parsed once, looked up once.
     *
     * @param rawValues what the write path submitted (form values, a bulk-edit entry, a REST string); nulls and blanks
     *                  count as nothing
     * @param required  whether the issue must have a DRI (epics)
     * @param scope     what is written, for the browse check; null when the host does not say (then the check is left
     *                  to the workflow validator, which always knows the issue)
     */
    public static <U, S> DriVerdict<U> check(Collection<?> rawValues, boolean required, S scope, DriDirectory<U, S> directory) {
        DriInput input = DriInput.of(rawValues);
        if (input instanceof DriInput.Empty) {
            return checkHeld(Optional.empty(), required, scope, directory);
        }
        if (input instanceof DriInput.Several) {
            return rejected(DriVerdict.Reason.SEVERAL);
        }
        if (!(input instanceof DriInput.Candidate candidate)) {
            return rejected(DriVerdict.Reason.NOT_A_USER);
        }
        Optional<HostUser<U>> user = directory.find(candidate.ref());
        if (user.isEmpty()) {
            return rejected(DriVerdict.Reason.NOT_A_USER);
        }
        return checkHeld(user, required, scope, directory);
    }

    /** A user the host already holds (the value on a transition): checked as it is, without a lookup. */
    public static <U, S> DriVerdict<U> checkHeld(Optional<HostUser<U>> dri, boolean required, S scope, DriDirectory<U, S> directory) {
        if (dri.isEmpty()) {
            return required ? rejected(DriVerdict.Reason.REQUIRED) : new DriVerdict.Accepted<>(Optional.empty());
        }
        if (!dri.get().person().active()) {
            return rejected(DriVerdict.Reason.DEACTIVATED);
        }
        if (scope != null && !directory.canBrowse(dri.get().user(), scope)) {
            return rejected(DriVerdict.Reason.CANNOT_BROWSE);
        }
        return new DriVerdict.Accepted<>(dri);
    }

    private static <U> DriVerdict<U> rejected(DriVerdict.Reason reason) {
        return new DriVerdict.Rejected<>(reason);
    }
}
