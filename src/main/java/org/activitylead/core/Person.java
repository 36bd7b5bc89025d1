package org.activitylead.core;

import java.util.Objects;

/**
 * A user as the host knows them. {@code avatarPath} is below the context path, or null when the host has none.
 */
public record Person(String key, String username, String displayName, boolean active, String avatarPath) {

    public Person {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
