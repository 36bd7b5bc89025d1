package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/**
 * Compile-only shim (SAL), called only. The overload taking an HttpServletRequest is left out on purpose:
 * its parameter type is javax.servlet before Platform 8 and jakarta.servlet after.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.2.4/com/atlassian/sal/confluence/message/ConfluenceLocaleResolver.html
 */
public interface LocaleResolver {

    /** The locale of the current user, or the application's default. */
    Locale getLocale();

    /** The locale that user chose, or the application's default (same javadoc page). */
    Locale getLocale(UserKey userKey);
}
