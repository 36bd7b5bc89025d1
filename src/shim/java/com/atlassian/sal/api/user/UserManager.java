package com.atlassian.sal.api.user;

/**
 * Compile-only shim; the app only calls it. SAL's user manager, exported by every product.
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserManager.html (interface);
 * getRemoteUserKey() is null for an anonymous request; isAdmin(UserKey) is true for the product's administrators
 * and system administrators. Left out: every other method, among them the overloads that
 * take a servlet request (javax before Platform 8, jakarta after).
 */
public interface UserManager {

    UserKey getRemoteUserKey();

    boolean isAdmin(UserKey userKey);
}
