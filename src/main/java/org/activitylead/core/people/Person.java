package org.activitylead.core.people;

import java.util.Objects;

/**
 * A person a page or an issue names, as the host knows them. A reference no user answers to is still a person, in
 * state {@link State#UNKNOWN}: it has no username, and its key is the reference itself, so it stays apart from every
 * real user. Stored by {@code key}, never by username. {@code avatarPath} is below the context path, or null.
 */
public record Person(String key, String username, String displayName, State state, String avatarPath) {

    public enum State { ACTIVE, DEACTIVATED, UNKNOWN }

    public Person {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        if (state == State.UNKNOWN) {
            username = null;
            displayName = null;
            avatarPath = null;
        } else {
            Objects.requireNonNull(username, "username");
            displayName = displayName == null || displayName.isBlank() ? username : displayName;
        }
    }

    /** A host user. */
    public static Person of(String key, String username, String displayName, boolean active, String avatarPath) {
        return new Person(key, username, displayName, active ? State.ACTIVE : State.DEACTIVATED, avatarPath);
    }

    /** What a reference names when no user answers to it. */
    public static Person unknown(String reference) {
        return new Person(reference, null, null, State.UNKNOWN, null);
    }

    public boolean known() {
        return state != State.UNKNOWN;
    }

    /** Unknown users are not active: nobody can act for them. */
    public boolean active() {
        return state == State.ACTIVE;
    }

    /** Same user: two references that name one user (key and username) resolve to one key. */
    public boolean sameUserAs(Person other) {
        return key.equals(other.key) && known() == other.known();
    }
}
