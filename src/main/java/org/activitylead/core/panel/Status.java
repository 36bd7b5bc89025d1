package org.activitylead.core.panel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.activitylead.core.people.MessageKeys;

/** The lifecycle status of an activity. Each maps to one fixed AUI lozenge; nothing from the page picks a colour. */
public enum Status {
    LIVE(Lozenge.GREEN),
    DRAFT(Lozenge.GREY),
    IN_REVIEW(Lozenge.BLUE),
    AT_RISK(Lozenge.YELLOW),
    DEPRECATED(Lozenge.RED),
    ARCHIVED(Lozenge.GREY_SUBTLE);

    public static final Status DEFAULT = DRAFT;

    /** Compiled once: every page view with the panel parses a status. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private final Lozenge lozenge;

    Status(Lozenge lozenge) {
        this.lozenge = lozenge;
    }

    public Lozenge lozenge() {
        return lozenge;
    }

    /** The i18n key of the lozenge's label. */
    public String messageKey() {
        return MessageKeys.of("activity-lead.status.", this);
    }

    /** Accepts the macro browser's values ("IN REVIEW") and the usual spellings ("in_review", "In-Review"). */
    public static Optional<Status> parse(String text) {
        String normalized = SEPARATORS.matcher(text.trim().toUpperCase(Locale.ROOT)).replaceAll("_");
        for (Status status : values()) {
            if (status.name().equals(normalized)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** AUI lozenge appearances, as the bundled Status macro maps its colours. */
    public enum Lozenge {
        GREEN("aui-lozenge aui-lozenge-success"),
        GREY("aui-lozenge"),
        BLUE("aui-lozenge aui-lozenge-current"),
        YELLOW("aui-lozenge aui-lozenge-moved"),
        RED("aui-lozenge aui-lozenge-error"),
        GREY_SUBTLE("aui-lozenge aui-lozenge-subtle");

        private final String cssClasses;

        Lozenge(String cssClasses) {
            this.cssClasses = cssClasses;
        }

        public String cssClasses() {
            return cssClasses;
        }
    }
}
