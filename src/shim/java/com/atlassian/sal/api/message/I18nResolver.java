package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Compile-only shim (SAL), only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/sal-api/4.0.0/sal-api/apidocs/com/atlassian/sal/api/message/I18nResolver.html
 */
public interface I18nResolver {

    /** The unformatted pattern for the key in the given locale (the key itself when it is missing). */
    String getRawText(Locale locale, String key);
}
