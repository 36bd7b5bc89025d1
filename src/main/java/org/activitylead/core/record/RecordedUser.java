package org.activitylead.core.record;

import java.util.Objects;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;

/**
 * A user as a record names them: the key, which is the truth and survives renames, and the username at the time of
 * recording, which is only there because Confluence's currentUser() in CQL answers with a username.
 */
public record RecordedUser(String key, String username) {

    public RecordedUser {
        key = checked(key);
        username = checked(username);
    }

    static RecordedUser of(Person person) {
        if (!person.known()) {
            throw new IllegalArgumentException("an unknown person has no key");
        }
        return new RecordedUser(person.key(), person.username());
    }

    /** What a host writes as a user key or name: a user reference without control characters. */
    private static String checked(String value) {
        Objects.requireNonNull(value, "user");
        try {
            if (new UserRef(value).value().chars().noneMatch(Character::isISOControl)) {
                return value;
            }
        } catch (RuntimeException e) {
            // falls through to the one message, which never repeats the value
        }
        throw new IllegalArgumentException("not a user key or name");
    }
}
