package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only shim: a plain (not final) class with the implicit public constructor and static final keys, as in
 * Jira; the app only reads a constant.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * Left out: the other keys and systemProjectPermissionKeyByShortName (not used).
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
}
