package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/util/UserManager.html
 */
public interface UserManager {

    /** Null for an unknown key; never a placeholder (unlike the "EvenWhenUnknown" variants, which the app never calls). */
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
