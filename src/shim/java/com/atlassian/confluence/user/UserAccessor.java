package com.atlassian.confluence.user;

import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Compile-only shim, only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/user/UserAccessor.html
 * ({@code getUserProfilePicture} is inherited there from {@code UserProfilePictureAccessor};
 * declaring it here links the same way, since the JVM resolves interface methods through super-interfaces.)
 */
public interface UserAccessor {

    ConfluenceUser getUserByName(String username);

    ConfluenceUser getUserByKey(UserKey key);

    ProfilePictureInfo getUserProfilePicture(User user);

    boolean isDeactivated(User user);
}
