package com.atlassian.user;

import java.security.Principal;

/**
 * Compile-only shim (atlassian-user), called only: the two getters (the setters of old versions are gone
 * from the version Confluence ships). ConfluenceUser lists getEmail/getFullName as inherited from here:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/user/ConfluenceUser.html
 */
public interface User extends Entity, Principal {

    String getFullName();

    String getEmail();
}
