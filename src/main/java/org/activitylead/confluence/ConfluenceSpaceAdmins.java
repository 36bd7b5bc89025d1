package org.activitylead.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import org.activitylead.core.handover.HealthScope;
import org.activitylead.core.report.SpaceKey;

/**
 * Who may see a space's health screen, asked of Confluence on every request: a Confluence administrator (SAL's
 * isAdmin) for any existing space, and otherwise an administrator of that very space (Confluence's ADMINISTER
 * permission on it, the check its own space tools make). Never an anonymous user.
 */
@ConfluenceComponent
public class ConfluenceSpaceAdmins {

    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;

    public ConfluenceSpaceAdmins(@ConfluenceImport UserManager userManager, @ConfluenceImport UserAccessor userAccessor,
                                 @ConfluenceImport SpaceManager spaceManager, @ConfluenceImport PermissionManager permissionManager) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
    }

    /** The signed-in user's scope on this space's health screen; empty when they may not see it or there is no such space. */
    public Optional<HealthScope> healthScope(SpaceKey key) {
        UserKey userKey = userManager.getRemoteUserKey();
        if (userKey == null) {
            return Optional.empty();
        }
        Space space = spaceManager.getSpace(key.value());
        if (space == null) {
            return Optional.empty();
        }
        if (userManager.isAdmin(userKey)) {
            return Optional.of(HealthScope.space(key, true));
        }
        ConfluenceUser user = userAccessor.getUserByKey(userKey);
        return user != null && permissionManager.hasPermission(user, Permission.ADMINISTER, space)
                ? Optional.of(HealthScope.space(key, false))
                : Optional.empty();
    }
}
