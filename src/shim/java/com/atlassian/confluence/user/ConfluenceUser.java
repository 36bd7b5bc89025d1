package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Compile-only shim, called only: declares getKey() and leaves out the second super-interface
 * (RelatableEntity) and the default getLowerName(), which the app does not use.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/user/ConfluenceUser.html
 */
public interface ConfluenceUser extends User {

    UserKey getKey();
}
