package org.activitylead.core.people;

import org.owasp.encoder.Encode;

/**
 * The one encoder for everything a template prints. Values leave here encoded exactly once and reach templates only
 * through members whose names end in {@code Html}, which the hosts' auto-escaping leaves alone, so the output is the
 * same whether or not the host escapes references.
 */
public final class Html {

    private Html() {
    }

    /** Encoded for element content and double-quoted attributes; controls and bidi overrides removed. Null stays null. */
    public static String encode(String text) {
        return text == null ? null : Encode.forHtml(clean(text));
    }

    /**
     * Removes C0/C1 controls and the explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069),
     * which could make a name read as something else. Names are isolated with {@code <bdi>} in the markup instead.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
