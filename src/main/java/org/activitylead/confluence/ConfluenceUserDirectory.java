package org.activitylead.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.user.UserKey;
import java.util.Optional;
import org.activitylead.core.Person;
import org.activitylead.core.UserDirectory;
import org.activitylead.core.UserRef;

/** Confluence's users behind the core's port: by user key first (what Confluence stores), else by username. */
@ConfluenceComponent
public class ConfluenceUserDirectory implements UserDirectory {

    private final UserAccessor userAccessor;

    public ConfluenceUserDirectory(@ConfluenceImport UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public Optional<Person> find(UserRef ref) {
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(ref.value()));
        if (user == null) {
            user = userAccessor.getUserByName(ref.value());
        }
        if (user == null || user.getKey() == null || user.getName() == null) {
            return Optional.empty();
        }
        ProfilePictureInfo picture = userAccessor.getUserProfilePicture(user);
        return Optional.of(new Person(
                user.getKey().getStringValue(),
                user.getName(),
                user.getFullName(),
                !userAccessor.isDeactivated(user),
                picture == null ? null : picture.getDownloadPath()));
    }
}
