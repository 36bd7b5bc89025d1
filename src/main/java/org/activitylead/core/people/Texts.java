package org.activitylead.core.people;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Turns message keys and arguments into plain text in the viewer's language. Nothing here is HTML yet. */
public final class Texts {

    private final Translator translator;
    private final DateTimeFormatter dates;

    public Texts(Translator translator) {
        this.translator = translator;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(translator.locale());
    }

    /** Arguments are already text or numbers: {@link #name}, {@link #date} or a count. */
    public String text(String key, Object... arguments) {
        String pattern = translator.pattern(key);
        if (arguments.length == 0) {
            return pattern;
        }
        try {
            return new MessageFormat(pattern, translator.locale()).format(arguments);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    /** The text cut to at most {@code max} characters, ending in an ellipsis when cut, never splitting a character. */
    public static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** The name to show: the host's display name, or a placeholder for a user that does not exist. */
    public String name(Person person) {
        return person.known() ? person.displayName() : text("activity-lead.person.unknown");
    }
}
