package com.atlassian.jira.security;

import com.atlassian.jira.util.I18nHelper;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/JiraAuthenticationContext.html
 */
public interface JiraAuthenticationContext {

    /** The i18n helper for the current user's locale. */
    I18nHelper getI18nHelper();
}
