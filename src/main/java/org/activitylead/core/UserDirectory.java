package org.activitylead.core;

import java.util.Optional;

/** Port to the host's users. Called once per distinct {@link UserRef} per render. */
public interface UserDirectory {

    /** The user with this key, else with this username; empty when neither exists. */
    Optional<Person> find(UserRef ref);
}
