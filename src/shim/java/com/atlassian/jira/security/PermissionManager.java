package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/PermissionManager.java
 * Left out: the int-id and global overloads and every other member (not used).
 */
public interface PermissionManager {

    /** Honours issue security levels, unlike the project overload. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    /** The projects in which the user has the permission. */
    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
