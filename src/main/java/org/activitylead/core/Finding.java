package org.activitylead.core;

import java.util.List;

/**
 * One message the panel shows about the activity. Arguments are data ({@link Member}, {@link java.time.LocalDate},
 * {@link Parameter}), never raw page input, and are formatted for the viewer's locale.
 */
public record Finding(Severity severity, String messageKey, List<Object> arguments, boolean askContact) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    static Finding of(Severity severity, String messageKey, Object... arguments) {
        return new Finding(severity, messageKey, List.of(arguments), false);
    }

    Finding askingContact() {
        return new Finding(severity, messageKey, arguments, true);
    }

    public enum Severity { ERROR, WARNING, INFO }
}
