package com.atlassian.user;

import java.security.Principal;

/**
 * Compile-only shim (atlassian-user), written from the public javadoc:
 * https://docs.atlassian.com/atlassian-user/3.0/com/atlassian/user/User.html
 */
public interface User extends Entity, Principal {

    String getFullName();

    String getEmail();
}
