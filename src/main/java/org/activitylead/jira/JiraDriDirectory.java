package org.activitylead.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import java.util.Optional;
import org.activitylead.core.dri.DriDirectory;
import org.activitylead.core.dri.DriUser;

/**
 * Jira's users and permissions behind the DRI rules: exact username, then exact key; never a placeholder user.
 * The username comes first because it is what forms, REST and the edit template carry; a renamed user keeps their old
 * key, which may be the username of someone else now, and that text must keep naming the user who has that username.
 */
@JiraComponent
public class JiraDriDirectory implements DriDirectory<JiraScope> {

    private final UserManager userManager;
    private final PermissionManager permissionManager;

    public JiraDriDirectory(@JiraImport UserManager userManager, @JiraImport PermissionManager permissionManager) {
        this.userManager = userManager;
        this.permissionManager = permissionManager;
    }

    @Override
    public Optional<DriUser> find(String keyOrUsername) {
        ApplicationUser user = userManager.getUserByName(keyOrUsername);
        return Optional.ofNullable(user != null ? user : userManager.getUserByKey(keyOrUsername)).map(JiraDriDirectory::dri);
    }

    /** The user behind a stored key, or empty when no user has that key any more. */
    public Optional<DriUser> byKey(String key) {
        return Optional.ofNullable(userByKey(key)).map(JiraDriDirectory::dri);
    }

    /** Jira's user with exactly this key, or null: one lookup, for paths that need Jira's object itself. */
    ApplicationUser userByKey(String key) {
        return userManager.getUserByKey(key);
    }

    /** With an issue, issue security levels count too; with only a project, project permissions do. */
    @Override
    public boolean canBrowse(DriUser dri, JiraScope scope) {
        ApplicationUser user = userByKey(dri.key());
        if (user == null) {
            return false;
        }
        return scope.issue() != null
                ? permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, scope.issue(), user)
                : permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, scope.project(), user);
    }

    ApplicationUser applicationUser(DriUser dri) {
        return userByKey(dri.key());
    }

    static DriUser dri(ApplicationUser user) {
        return new DriUser(user.getKey(), user.getUsername(), user.getDisplayName(), user.isActive());
    }
}
