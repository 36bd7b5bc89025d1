package org.activitylead.core.dri;

import org.activitylead.core.people.UserDirectory;

/**
 * Port to the host's users and permissions for the DRI rules. Lookups try the exact username, then the exact key:
 * forms show usernames, and a renamed user's old key can be another user's username.
 *
 * @param <U> the host's user, checked and handed back to the host without a second lookup
 * @param <S> what a write is about (an issue, or a project): whatever the host can check browse permission on
 */
public interface DriDirectory<U, S> extends UserDirectory<U> {

    boolean canBrowse(U user, S scope);
}
