package org.activitylead.core.report;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Confluence space key as the app accepts it from a request or a macro parameter: a closed character set, so a
 * value that is not a key is refused before it reaches a search, a link or a screen, never repaired.
 *
 * @param value a global space key (letters and digits) or a personal one ("~" and a username, as Confluence names
 *              personal spaces)
 */
public record SpaceKey(String value) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{1,255}|~[\\p{L}\\p{N}._@+-]{1,254}");

    public SpaceKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a space key");
        }
    }

    /** The key, or empty for anything outside the closed set (null, blank, too long, any other character). */
    public static Optional<SpaceKey> parse(String text) {
        return isValid(text) ? Optional.of(new SpaceKey(text)) : Optional.empty();
    }

    static boolean isValid(String text) {
        return text != null && KEY.matcher(text).matches();
    }
}
