package org.activitylead.core.people;

import java.util.Objects;

/**
 * A user found in the host: the core's {@link Person} and the host's own object for the same user, so an adapter
 * that must hand the host its user back never looks the user up a second time.
 *
 * @param <U> the host's user type; adapters that need nothing of it use {@code Object}
 */
public record HostUser<U>(Person person, U user) {

    public HostUser {
        Objects.requireNonNull(person, "person");
    }
}
