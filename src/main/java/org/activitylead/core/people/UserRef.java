package org.activitylead.core.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page names a person by: a user key where Confluence stored one, else a username.
 * Trimmed, never blank, never longer than a host would allow.
 */
public record UserRef(String value) {

    public static final int MAX_LENGTH = 255;

    public UserRef {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH || !value.equals(value.strip())) {
            throw new IllegalArgumentException("not a user reference");
        }
    }

    /** Empty for blank text; a problem for text no host would accept as a user. */
    public static Optional<UserRef> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (trimmed.length() > MAX_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidUserRef();
        }
        return Optional.of(new UserRef(trimmed));
    }

    /**
     * The references of a comma-separated list, as Confluence reads users in a multiple user parameter, in order;
     * blank parts are dropped.
     *
     * @throws InvalidUserRef for a part no host would accept as a user
     */
    public static List<UserRef> commaSeparated(String text) {
        List<UserRef> refs = new ArrayList<>();
        for (String part : text.split(",")) {
            parse(part).ifPresent(refs::add);
        }
        return List.copyOf(refs);
    }

    public static final class InvalidUserRef extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidUserRef() {
            super(null, null, false, false);
        }
    }
}
