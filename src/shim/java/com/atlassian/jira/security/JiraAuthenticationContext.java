package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
 * Left out: getLocale, the deprecated getI18nBean/getText and the setters (not used).
 */
public interface JiraAuthenticationContext {

    /** The i18n helper for the current user's locale. */
    I18nHelper getI18nHelper();

    /** The signed-in user, or null for an anonymous one; an ApplicationUser since Jira 7. */
    ApplicationUser getLoggedInUser();
}
