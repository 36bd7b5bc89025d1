package org.activitylead.core.dri;

import java.util.Optional;

/**
 * Port to the host's users and permissions for the DRI rules.
 *
 * @param <S> what a write is about (an issue, or a project): whatever the host can check browse permission on
 */
public interface DriDirectory<S> {

    /**
     * The user with exactly this username, else exactly this key; never a look-alike, never a placeholder. Username
     * first: forms show usernames, and a renamed user's old key can be another user's username.
     */
    Optional<DriUser> find(String keyOrUsername);

    boolean canBrowse(DriUser user, S scope);
}
