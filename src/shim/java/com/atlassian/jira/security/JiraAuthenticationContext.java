package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/JiraAuthenticationContext.java
 * (setLoggedInUser(ApplicationUser) is declared there next to the crowd-User overload, which Jira 7 removed)
 * Left out: getLocale, isLoggedInUser, clearLoggedInUser and the deprecated getI18nBean/getText (not used).
 */
public interface JiraAuthenticationContext {

    /** The i18n helper for the current user's locale. */
    I18nHelper getI18nHelper();

    /** The signed-in user, or null for an anonymous one; an ApplicationUser since Jira 7. */
    ApplicationUser getLoggedInUser();

    /** Makes the user the current one on this thread (null for anonymous). */
    void setLoggedInUser(ApplicationUser user);
}
