package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Compile-only shim (SAL), called only: the one member the app uses. Confluence 9's own implementation
 * (ConfluenceI18nResolver) still provides it.
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html
 */
public interface I18nResolver {

    /** The unformatted pattern for the key in the given locale. */
    String getRawText(Locale locale, String key);
}
