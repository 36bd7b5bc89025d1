package com.atlassian.jira.security.plugin;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 */
public final class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    public String permissionKey() {
        return key;
    }
}
