package com.atlassian.jira.user;

import java.security.Principal;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/ApplicationUser.html
 */
public interface ApplicationUser extends Principal {

    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
