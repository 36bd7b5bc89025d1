package com.atlassian.confluence.user;

/**
 * Compile-only shim, called only: who Confluence's services act as on this thread. https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/user/AuthenticatedUserThreadLocal.html
 * (class; static get() and set(ConfluenceUser), checked in the decompiled Confluence 8.7.2 tree, where its asUser
 * helpers are built from the same two). Left out: everything else.
 */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }
}
