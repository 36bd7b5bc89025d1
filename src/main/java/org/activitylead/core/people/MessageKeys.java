package org.activitylead.core.people;

import java.util.Locale;

/** How an enum constant names its message: a prefix and the constant in lower case, words joined by '-'. */
public final class MessageKeys {

    private MessageKeys() {
    }

    public static String of(String prefix, Enum<?> constant) {
        return prefix + constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
