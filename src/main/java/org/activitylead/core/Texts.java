package org.activitylead.core;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Turns message keys and data arguments into plain text in the viewer's language. Nothing here is HTML yet. */
public final class Texts {

    private final Translator translator;
    private final DateTimeFormatter dates;

    public Texts(Translator translator) {
        this.translator = translator;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(translator.locale());
    }

    public String text(String key, Object... arguments) {
        String pattern = translator.pattern(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] formatted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            formatted[i] = argument(arguments[i]);
        }
        try {
            return new MessageFormat(pattern, translator.locale()).format(formatted);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** The name to show for a member: the host's display name, or a placeholder for a user that does not exist. */
    public String name(Member member) {
        return member.person().map(Person::displayName).orElseGet(() -> text("activity-lead.person.unknown"));
    }

    private Object argument(Object argument) {
        if (argument instanceof Member member) {
            return name(member);
        }
        if (argument instanceof LocalDate date) {
            return date(date);
        }
        if (argument instanceof Parameter parameter) {
            return text(parameter.labelKey());
        }
        return String.valueOf(argument);
    }
}
