package com.atlassian.jira.user;

import java.security.Principal;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
 * Left out: the super-interfaces WithId and WithKey (getKey is also declared here in Jira), getId, getDirectoryId,
 * getEmailAddress, getDirectoryUser (not used; getName comes from Principal).
 */
public interface ApplicationUser extends Principal {

    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
