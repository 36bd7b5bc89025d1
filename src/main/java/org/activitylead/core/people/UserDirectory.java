package org.activitylead.core.people;

import java.util.Optional;

/**
 * Port to the host's users: each product's adapter says in which order it tries a key and a username. Called once
 * per distinct {@link UserRef} per render or write.
 *
 * @param <U> the host's user type, carried for adapters that hand it back to the host
 */
public interface UserDirectory<U> {

    /** The user this reference names; empty when no user does. Never a look-alike, never a placeholder. */
    Optional<HostUser<U>> find(UserRef ref);
}
