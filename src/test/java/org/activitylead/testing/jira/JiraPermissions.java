package org.activitylead.testing.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PermissionManager} that grants "Browse projects" per (user, project), and narrows it per (user, issue)
 * the way an issue security level does: the issue overload needs both, the project overload sees only the project.
 * Project administrators are granted per (user, project). It records every question asked, so a test can tell which overload the code used.
 */
public final class JiraPermissions implements PermissionManager {

    private final Map<Long, Set<String>> projectBrowsers = new HashMap<>();
    private final Map<Long, Set<String>> securityLevels = new HashMap<>();
    private final List<String> questions = new ArrayList<>();
    private final Map<Long, Project> projects = new HashMap<>();
    private final Map<Long, Set<String>> projectAdministrators = new HashMap<>();
    private final Map<Long, Set<String>> projectEditors = new HashMap<>();

    /** These users have "Administer projects" in the project. */
    public JiraPermissions administer(Project project, ApplicationUser... users) {
        projects.put(project.getId(), project);
        Set<String> keys = projectAdministrators.computeIfAbsent(project.getId(), id -> new HashSet<>());
        for (ApplicationUser user : users) {
            keys.add(user.getKey());
        }
        return this;
    }

    /** These users have "Browse projects" in the project. */
    public JiraPermissions browse(Project project, ApplicationUser... users) {
        Set<String> keys = projectBrowsers.computeIfAbsent(project.getId(), id -> new HashSet<>());
        for (ApplicationUser user : users) {
            keys.add(user.getKey());
        }
        return this;
    }

    /** These users have "Edit issues" in the project. */
    public JiraPermissions edit(Project project, ApplicationUser... users) {
        Set<String> keys = projectEditors.computeIfAbsent(project.getId(), id -> new HashSet<>());
        for (ApplicationUser user : users) {
            keys.add(user.getKey());
        }
        return this;
    }

    /** The issue has a security level that only these users are in. */
    public JiraPermissions securityLevel(Issue issue, ApplicationUser... users) {
        Set<String> keys = securityLevels.computeIfAbsent(issue.getId(), id -> new HashSet<>());
        for (ApplicationUser user : users) {
            keys.add(user.getKey());
        }
        return this;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        questions.add("issue " + issue.getKey() + " " + user.getKey());
        Set<String> level = securityLevels.get(issue.getId());
        boolean inLevel = level == null || level.contains(user.getKey());
        if (edit(permissionKey)) {
            return inLevel && issue.getProjectObject() != null
                    && projectEditors.getOrDefault(issue.getProjectObject().getId(), Set.of()).contains(user.getKey());
        }
        return browse(permissionKey) && projectBrowser(issue.getProjectObject(), user) && inLevel;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        questions.add("project " + project.getId() + " " + user.getKey());
        return browse(permissionKey) && projectBrowser(project, user);
    }

    /** Only "Administer projects" is granted this way; in project id order. */
    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        questions.add("projects " + permissionKey.permissionKey() + " " + user.getKey());
        if (!permissionKey.permissionKey().equals(ProjectPermissions.ADMINISTER_PROJECTS.permissionKey())) {
            return List.of();
        }
        return projectAdministrators.entrySet().stream().filter(entry -> entry.getValue().contains(user.getKey()))
                .map(entry -> projects.get(entry.getKey())).sorted(java.util.Comparator.comparing(Project::getId)).toList();
    }

    /** Every question asked, in order: "issue KEY-1 userkey" or "project 10000 userkey". */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    private boolean projectBrowser(Project project, ApplicationUser user) {
        return project != null && projectBrowsers.getOrDefault(project.getId(), Set.of()).contains(user.getKey());
    }

    private static boolean edit(ProjectPermissionKey key) {
        return key.permissionKey().equals(ProjectPermissions.EDIT_ISSUES.permissionKey());
    }

    private static boolean browse(ProjectPermissionKey key) {
        return key.permissionKey().equals(ProjectPermissions.BROWSE_PROJECTS.permissionKey());
    }
}
