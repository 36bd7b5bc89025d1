package com.atlassian.confluence.user.actions;

/**
 * Compile-only shim, only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/user/actions/ProfilePictureInfo.html
 */
public class ProfilePictureInfo {

    public String getDownloadPath() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
