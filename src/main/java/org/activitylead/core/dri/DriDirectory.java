package org.activitylead.core.dri;

import java.util.Optional;

/**
 * Port to the host's users and permissions for the DRI rules.
 *
 * @param <S> what a write is about (an issue, or a project): whatever the host can check browse permission on
 */
public interface DriDirectory<S> {

    /** The user with exactly this key, else exactly this username; never a look-alike, never a placeholder. */
    Optional<DriUser> find(String keyOrUsername);

    boolean canBrowse(DriUser user, S scope);
}
