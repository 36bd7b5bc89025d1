package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/user/util/UserManager.java
 * Left out: the "EvenWhenUnknown" variants (never called: they return placeholder users) and every other member.
 */
public interface UserManager {

    /** Null for an unknown key; never a placeholder. */
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
