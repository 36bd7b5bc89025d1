package org.activitylead.velocity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * The host's auto-escaping as the Atlassian Template Renderer applies it: every inserted
 * reference is HTML-encoded ({@code & < > " '}) unless
 * <ul>
 *   <li>it is a plain variable whose name ends in {@code html} (any case) or is {@code xHtmlContent}, {@code body} or
 *       {@code head}, or</li>
 *   <li>its last member (method or property) ends in {@code Html}, or starts with {@code render} or
 *       {@code getRender}.</li>
 * </ul>
 * Velocity passes the reference as written in the template, e.g. {@code $!{person.displayNameHtml()}}. Public, because
 * Velocity creates it by name: the renderer registers it with the engine, as the hosts register their escaping.
 */
public final class HostEscaping implements ReferenceInsertionEventHandler {

    private static final Set<String> RAW_VARIABLES = Set.of("xHtmlContent", "body", "head");
    private static final Pattern OPENING = Pattern.compile("^\\$!?\\{?");
    private static final Pattern CLOSING = Pattern.compile("}$");
    private static final Pattern DOT = Pattern.compile("\\.");

    /**
     * The decision depends only on the reference as written in the template, never on the value, so it is remembered
     * per reference: the benchmarks render through this stand-in, and should measure our template, not a regular
     * expression compiled on every insertion.
     */
    private static final Map<String, Boolean> DECISIONS = new ConcurrentHashMap<>();

    @Override
    public Object referenceInsert(String reference, Object value) {
        return value == null || DECISIONS.computeIfAbsent(reference, HostEscaping::leavesRaw) ? value : encode(value.toString());
    }

    static boolean leavesRaw(String reference) {
        String[] members = DOT.split(withoutArguments(CLOSING.matcher(OPENING.matcher(reference).replaceFirst("")).replaceFirst("")));
        if (members.length == 1) {
            String variable = members[0];
            return variable.toLowerCase(Locale.ROOT).endsWith("html") || RAW_VARIABLES.contains(variable);
        }
        String member = members[members.length - 1];
        return member.endsWith("Html") || member.startsWith("render") || member.startsWith("getRender");
    }

    /** Drops argument lists (nested ones too), so a dot inside an argument does not count as a member. */
    private static String withoutArguments(String reference) {
        StringBuilder out = new StringBuilder(reference.length());
        int depth = 0;
        for (char c : reference.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
