package com.atlassian.confluence.user;

import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Compile-only shim, called only: a subset of the real interface, whose super-interfaces are left out.
 * Calls link by name and descriptor against the host's UserAccessor; the JVM also searches its
 * super-interfaces, so methods inherited there (getUserByName/getUserByKey from ConfluenceUserResolver)
 * resolve the same way.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.2.4/com/atlassian/confluence/user/UserAccessor.html
 */
public interface UserAccessor {

    ConfluenceUser getUserByName(String username);

    ConfluenceUser getUserByKey(UserKey key);

    /** Also declared by UserProfilePictureAccessor (since 7.16). */
    ProfilePictureInfo getUserProfilePicture(User user);

    /** Deprecated in the host (left unmarked here to keep the build quiet); ConfluenceUserDirectory is the only caller. */
    boolean isDeactivated(User user);
}
