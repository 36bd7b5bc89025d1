package org.activitylead.core;

import java.util.Optional;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * Builds every URL the panel shows, on the server, from the host's base URL and host-provided data.
 * No page parameter ever becomes a link.
 */
public final class Links {

    private static final Pattern BASE = Pattern.compile("(https?://[A-Za-z0-9.:\\[\\]-]+)?(/(?!/)[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?");
    /** The characters an avatar path may hold: RFC 3986 path characters, '%' and the query's '?'; nothing that ends an attribute. */
    private static final String PATH_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~%!$&'()*+,;=:@/?-";
    private static final boolean[] IN_PATH = new boolean[128];

    static {
        PATH_CHARACTERS.chars().forEach(c -> IN_PATH[c] = true);
    }

    private final String base;

    private Links(String base) {
        this.base = base;
    }

    /** Below a base URL such as "", "/confluence" or "https://wiki.example.com/confluence"; anything else counts as "". */
    public static Links below(String baseUrl) {
        if (baseUrl == null || !BASE.matcher(baseUrl).matches()) {
            return new Links("");
        }
        return new Links(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    /** Confluence's profile page, the target its hover cards expect. */
    public String profile(String username) {
        return base + "/display/~" + Encode.forUriComponent(username);
    }

    /** Jira's profile page, with the query the user hover card reads. */
    public String jiraProfile(String username) {
        return base + "/secure/ViewProfile.jspa?name=" + Encode.forUriComponent(username);
    }

    /** Jira's avatar of a user, by key: the same small image the issue view shows. */
    public String jiraAvatar(String userKey) {
        return base + "/secure/useravatar?size=xsmall&ownerId=" + Encode.forUriComponent(userKey);
    }

    /** The avatar, when the host gave a plain path below the context path. */
    public Optional<String> avatar(String path) {
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
