package com.atlassian.jira.util;

import java.util.Locale;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/util/I18nHelper.html
 */
public interface I18nHelper {

    Locale getLocale();

    String getText(String key);
}
