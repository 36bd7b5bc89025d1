package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Compile-only shim, called only: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/security/PermissionManager.java (interface, imported as an OSGi service).
 * Left out: every other method.
 */
public interface PermissionManager {

    boolean hasPermission(User user, Permission permission, Object target);
}
