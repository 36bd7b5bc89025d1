package org.activitylead.core.dri;

import java.util.Objects;

/** A Jira user who might be a DRI. Stored by {@code key}, never by username. */
public record DriUser(String key, String username, String displayName, boolean active) {

    public DriUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
