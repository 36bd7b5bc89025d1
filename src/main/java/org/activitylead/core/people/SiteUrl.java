package org.activitylead.core.people;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The host's base URL, checked once, and the paths below it. Every link the app shows is built on the server from
 * it and from host-provided data; no page parameter ever becomes a link.
 */
public final class SiteUrl {

    private static final Pattern BASE = Pattern.compile("(https?://[A-Za-z0-9.:\\[\\]-]+)?(/(?!/)[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?");
    /** The characters an avatar path may hold: RFC 3986 path characters, '%' and the query's '?'; nothing that ends an attribute. */
    private static final String PATH_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~%!$&'()*+,;=:@/?-";
    private static final boolean[] IN_PATH = new boolean[128];

    static {
        PATH_CHARACTERS.chars().forEach(c -> IN_PATH[c] = true);
    }

    private final String base;

    private SiteUrl(String base) {
        this.base = base;
    }

    /** A base URL such as "", "/confluence" or "https://wiki.example.com/confluence"; anything else counts as "". */
    public static SiteUrl of(String baseUrl) {
        if (baseUrl == null || !BASE.matcher(baseUrl).matches()) {
            return new SiteUrl("");
        }
        return new SiteUrl(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    /** A path the adapter built from constants and URL-encoded host data. */
    public String at(String path) {
        return base + path;
    }

    /** A path the host gave (an avatar), only when it is a plain path below the context path. */
    public Optional<String> atHostPath(String path) {
        return isPlainPath(path) ? Optional.of(base + path) : Optional.empty();
    }

    /**
     * Starts with one '/' (never "//", which would leave the site) and holds only {@link #PATH_CHARACTERS}. Checked
     * character by character rather than by a regular expression: it runs for every person on every page view.
     */
    static boolean isPlainPath(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/' || path.length() > 1 && path.charAt(1) == '/') {
            return false;
        }
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= IN_PATH.length || !IN_PATH[c]) {
                return false;
            }
        }
        return true;
    }
}
