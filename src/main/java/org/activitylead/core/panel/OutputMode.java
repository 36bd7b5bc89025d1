package org.activitylead.core.panel;

import java.util.Set;

/** Where the panel ends up: a live page with hover cards, or static HTML (PDF, Word, email, feeds...). */
public enum OutputMode {
    INTERACTIVE, STATIC;

    private static final Set<String> INTERACTIVE_OUTPUT_TYPES = Set.of("display", "preview");

    /** Anything the host does not call a page view is treated as static: no script, no avatars required. */
    public static OutputMode ofHostOutputType(String outputType) {
        return outputType != null && INTERACTIVE_OUTPUT_TYPES.contains(outputType) ? INTERACTIVE : STATIC;
    }
}
