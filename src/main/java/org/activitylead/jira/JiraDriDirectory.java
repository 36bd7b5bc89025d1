package org.activitylead.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import java.util.Optional;
import org.activitylead.core.dri.DriDirectory;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;

/**
 * Jira's users and permissions behind the DRI rules: exact username, then exact key; never a placeholder user.
 * The username comes first because it is what forms, REST and the edit template carry; a renamed user keeps their old
 * key, which may be the username of someone else now, and that text must keep naming the user who has that username.
 */
@JiraComponent
public class JiraDriDirectory implements DriDirectory<ApplicationUser, JiraScope> {

    private final UserManager userManager;
    private final PermissionManager permissionManager;
    private final RequestUsers requestUsers;

    public JiraDriDirectory(@JiraImport UserManager userManager, @JiraImport PermissionManager permissionManager,
                            RequestUsers requestUsers) {
        this.userManager = userManager;
        this.permissionManager = permissionManager;
        this.requestUsers = requestUsers;
    }

    /** Once per reference and request: validation and conversion of one write ask Jira once between them. */
    @Override
    public Optional<HostUser<ApplicationUser>> find(UserRef ref) {
        return requestUsers.find(ref.value(), () -> {
            ApplicationUser user = userManager.getUserByName(ref.value());
            return Optional.ofNullable(user != null ? user : userManager.getUserByKey(ref.value())).map(JiraDriDirectory::held);
        });
    }

    /** The person behind a stored key: unknown when no user has that key any more. */
    Person byKey(String key) {
        ApplicationUser user = userByKey(key);
        return user == null ? Person.unknown(key) : person(user);
    }

    /** Jira's user with exactly this key, or null: one lookup, for paths that need Jira's object itself. */
    ApplicationUser userByKey(String key) {
        return userManager.getUserByKey(key);
    }

    /** With an issue, issue security levels count too; with only a project, project permissions do. */
    @Override
    public boolean canBrowse(ApplicationUser user, JiraScope scope) {
        return scope.issue() != null
                ? permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, scope.issue(), user)
                : permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, scope.project(), user);
    }

    static HostUser<ApplicationUser> held(ApplicationUser user) {
        return new HostUser<>(person(user), user);
    }

    private static Person person(ApplicationUser user) {
        return Person.of(user.getKey(), user.getUsername(), user.getDisplayName(), user.isActive(), null);
    }
}
