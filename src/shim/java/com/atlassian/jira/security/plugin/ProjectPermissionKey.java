package com.atlassian.jira.security.plugin;

/**
 * Compile-only shim: a final class, as in Jira.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java
 * https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/jira/permission/GHProjectPermissions.html
 * (Jira Software 11.1 still declares fields of this type in this package)
 * Left out: the deprecated {@code (int)} constructor; equals/hashCode/toString (inherited from Object here).
 */
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }
}
