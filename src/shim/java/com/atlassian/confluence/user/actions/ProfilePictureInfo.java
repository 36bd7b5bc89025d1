package com.atlassian.confluence.user.actions;

/**
 * Compile-only shim of a concrete class, called only. The constructor is declared so that the implicit
 * no-argument one, which the real class lacks, does not exist here either.
 * getDownloadPath() is deprecated in the host (since 5.10, in favour of getUriReference(), which already
 * includes the context path); the app keeps the plain path and prefixes its own base URL.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.1.2-m01-CONFSRVDEV-34295-remove-restv1/com/atlassian/confluence/user/actions/ProfilePictureInfo.html
 */
public class ProfilePictureInfo {

    public ProfilePictureInfo(String downloadPath) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getDownloadPath() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
