package com.atlassian.jira.util;

import java.util.Locale;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/I18nHelper.html
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/mock/i18n/MockI18nHelper.html (method list)
 * Left out: the getText overloads with arguments, getUnescapedText, getResourceBundle, BeanFactory (not used).
 */
public interface I18nHelper {

    Locale getLocale();

    String getText(String key);
}
