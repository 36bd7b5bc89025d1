package org.activitylead.confluence;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.function.Supplier;

/** Confluence's user on this thread, so that a job's work is checked against the permissions of the user it acts as. */
final class ActingUser {

    private ActingUser() {
    }

    /** The work done as {@code user} on this thread, the thread's own user restored afterwards. */
    static <T> T runAs(ConfluenceUser user, Supplier<T> work) {
        ConfluenceUser before = AuthenticatedUserThreadLocal.get();
        AuthenticatedUserThreadLocal.set(user);
        try {
            return work.get();
        } finally {
            AuthenticatedUserThreadLocal.set(before);
        }
    }
}
