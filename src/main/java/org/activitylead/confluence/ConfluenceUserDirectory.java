package org.activitylead.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.user.UserKey;
import java.util.Optional;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Confluence's users behind the core's port: by user key first (what Confluence stores), else by username. */
@ConfluenceComponent
public class ConfluenceUserDirectory implements UserDirectory<ConfluenceUser> {

    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceUserDirectory.class);

    private final UserAccessor userAccessor;

    public ConfluenceUserDirectory(@ConfluenceImport UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public Optional<HostUser<ConfluenceUser>> find(UserRef ref) {
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(ref.value()));
        if (user == null) {
            user = userAccessor.getUserByName(ref.value());
        }
        if (user == null || user.getKey() == null || user.getName() == null) {
            return Optional.empty();
        }
        ProfilePictureInfo picture = userAccessor.getUserProfilePicture(user);
        return Optional.of(new HostUser<>(Person.of(
                user.getKey().getStringValue(),
                user.getName(),
                user.getFullName(),
                !deactivated(user),
                picture == null ? null : picture.getDownloadPath()), user));
    }

    /**
     * {@code isDeactivated(User)} is deprecated (still in 8.7.2, unconfirmed in 10.x). Should a host drop it, the panel
     * keeps rendering and shows everyone as active instead of failing every page that carries the macro.
     */
    private boolean deactivated(ConfluenceUser user) {
        try {
            return userAccessor.isDeactivated(user);
        } catch (NoSuchMethodError | AbstractMethodError e) {
            LOG.warn("This Confluence cannot tell deactivated users apart; the panel shows everyone as active");
            return false;
        }
    }
}
