package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import com.atlassian.sal.api.user.UserKey;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.junit.jupiter.api.Test;

class ConfluenceUserDirectoryTest {

    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(userAccessor);

    private ConfluenceUser user(String key, String name, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn(fullName);
        return user;
    }

    @Test
    void findsByUserKeyFirst() {
        ConfluenceUser alice = user("8a7f001", "alice", "Alice Example");
        ProfilePictureInfo picture = mock(ProfilePictureInfo.class);
        when(picture.getDownloadPath()).thenReturn("/images/icons/profilepics/alice.png");
        when(userAccessor.getUserByKey(new UserKey("8a7f001"))).thenReturn(alice);
        when(userAccessor.getUserProfilePicture(alice)).thenReturn(picture);

        assertThat(directory.find(new UserRef("8a7f001"))).hasValueSatisfying(found -> {
            assertThat(found.person()).isEqualTo(Person.of("8a7f001", "alice", "Alice Example", true, "/images/icons/profilepics/alice.png"));
            assertThat(found.user()).as("Confluence's own user, held").isSameAs(alice);
        });
        verify(userAccessor, never()).getUserByName(any());
    }

    @Test
    void fallsBackToTheUsername() {
        ConfluenceUser bob = user("8a7f002", "bob", "Bob Example");
        when(userAccessor.getUserByName("bob")).thenReturn(bob);

        assertThat(directory.find(new UserRef("bob"))).map(found -> found.person().key()).contains("8a7f002");
    }

    @Test
    void marksDeactivatedUsers() {
        ConfluenceUser gone = user("8a7f003", "gone", "Gina Gone");
        when(userAccessor.getUserByKey(new UserKey("8a7f003"))).thenReturn(gone);
        when(userAccessor.isDeactivated(gone)).thenReturn(true);

        assertThat(directory.find(new UserRef("8a7f003"))).map(found -> found.person().active()).contains(false);
    }

    @Test
    void returnsNothingForAnUnknownUserAndCreatesNoPlaceholder() {
        assertThat(directory.find(new UserRef("nobody"))).isEmpty();
    }

    @Test
    void usesTheUsernameWhenTheFullNameIsBlankAndCopesWithoutPicture() {
        ConfluenceUser plain = user("8a7f004", "plain", " ");
        when(userAccessor.getUserByName("plain")).thenReturn(plain);

        assertThat(directory.find(new UserRef("plain")).map(found -> found.person())).hasValueSatisfying(person -> {
            assertThat(person.displayName()).isEqualTo("plain");
            assertThat(person.avatarPath()).isNull();
        });
    }

    @Test
    void showsEveryoneAsActiveWhenTheHostNoLongerTellsDeactivation() {
        ConfluenceUser alice = user("8a7f005", "alice", "Alice Example");
        when(userAccessor.getUserByName("alice")).thenReturn(alice);
        when(userAccessor.isDeactivated(alice)).thenThrow(new NoSuchMethodError("isDeactivated"));

        assertThat(directory.find(new UserRef("alice"))).map(found -> found.person().active()).contains(true);
    }
}
