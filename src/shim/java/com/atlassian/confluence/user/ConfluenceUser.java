package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Compile-only shim, only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/user/ConfluenceUser.html
 */
public interface ConfluenceUser extends User {

    UserKey getKey();
}
