package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only shim: a plain (not final) class with the implicit public constructor and static final keys, as in
 * Jira; the app only reads a constant.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * https://github.com/codescape/jira-scrum-poker/blob/bb652fd67206960f8a1040ab17aa0bcc40160596/src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java
 * (EDIT_ISSUES passed to PermissionManager.hasPermission by a plugin built against Jira 11.3.1)
 * Left out: the other keys and systemProjectPermissionKeyByShortName (not used).
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
}
