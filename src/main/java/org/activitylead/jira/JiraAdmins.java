package org.activitylead.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activitylead.core.dri.DriHealthSearch;

/**
 * Who may use the DRI screens, asked of Jira on every request: a Jira administrator for every project, a project
 * administrator for the projects they administer, nobody else (anonymous users included).
 */
final class JiraAdmins {

    private final JiraAuthenticationContext authentication;
    private final UserManager userManager;
    private final PermissionManager permissions;

    JiraAdmins(JiraAuthenticationContext authentication, UserManager userManager, PermissionManager permissions) {
        this.authentication = authentication;
        this.userManager = userManager;
        this.permissions = permissions;
    }

    /** The user on this request, with the projects in their scope; empty for anyone who may not use the screens. */
    Optional<Admin> current() {
        ApplicationUser viewer = authentication.getLoggedInUser();
        UserKey key = userManager.getRemoteUserKey();
        if (viewer == null || key == null || !Objects.equals(key.getStringValue(), viewer.getKey())) {
            return Optional.empty();
        }
        boolean administrator = userManager.isAdmin(key);
        List<Long> administered = administrator ? List.of()
                : permissions.getProjects(ProjectPermissions.ADMINISTER_PROJECTS, viewer).stream()
                        .filter(Objects::nonNull).map(Project::getId).filter(Objects::nonNull).toList();
        return DriHealthSearch.forViewer(administrator, administered).map(scope -> new Admin(viewer, scope));
    }

    /** A user who may use the screens, and their scope: every project, or the ones they administer. */
    record Admin(ApplicationUser user, DriHealthSearch scope) {

        String key() {
            return user.getKey();
        }

        boolean jiraAdministrator() {
            return scope.everyProject();
        }
    }
}
