package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Compile-only shim (SAL), only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/sal-api/4.0.0/sal-api/apidocs/com/atlassian/sal/api/message/LocaleResolver.html
 */
public interface LocaleResolver {

    /** The locale of the current user, or the application's default. */
    Locale getLocale();
}
