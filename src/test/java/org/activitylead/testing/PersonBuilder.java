package org.activitylead.testing;

import org.activitylead.core.people.Person;

/** Test data: a host user, active with an avatar unless told otherwise. */
public final class PersonBuilder {

    private String key;
    private String username;
    private String displayName;
    private boolean active = true;
    private String avatarPath;

    private PersonBuilder(String username) {
        this.username = username;
        this.key = "key-" + username;
        this.displayName = Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Example";
        this.avatarPath = "/images/icons/profilepics/" + username + ".png";
    }

    public static PersonBuilder aPerson(String username) {
        return new PersonBuilder(username);
    }

    public PersonBuilder key(String key) {
        this.key = key;
        return this;
    }

    public PersonBuilder displayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public PersonBuilder deactivated() {
        this.active = false;
        return this;
    }

    public PersonBuilder avatarPath(String avatarPath) {
        this.avatarPath = avatarPath;
        return this;
    }

    public Person build() {
        return Person.of(key, username, displayName, active, avatarPath);
    }
}
