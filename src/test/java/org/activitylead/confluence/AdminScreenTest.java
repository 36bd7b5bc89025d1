package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminScreenTest {

    private final UserManager users = mock(UserManager.class);
    private final AdminScreen screen = new AdminScreen(users) {
    };

    @Test
    void letsAnAdministratorIn() {
        UserKey admin = new UserKey("key-admin");
        when(users.getRemoteUserKey()).thenReturn(admin);
        when(users.isAdmin(admin)).thenReturn(true);

        assertThat(screen.isPermitted()).isTrue();
        assertThat(screen.execute()).isEqualTo(AdminScreen.SUCCESS);
        assertThat(screen.administrator()).isEqualTo(admin);
    }

    @Test
    void turnsAnyoneElseAway() {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("key-bob"));

        assertThat(screen.isPermitted()).isFalse();
        assertThat(screen.execute()).isEqualTo(AdminScreen.NOT_PERMITTED);
    }

    @Test
    void doesARequestsWorkOnlyForAnAdministrator() {
        UserKey admin = new UserKey("key-admin");
        when(users.getRemoteUserKey()).thenReturn(admin);
        List<String> done = new ArrayList<>();

        assertThat(screen.ifPermitted(() -> {
            done.add("work");
            return AdminScreen.ERROR;
        })).isEqualTo(AdminScreen.NOT_PERMITTED);
        assertThat(done).isEmpty();
        when(users.isAdmin(admin)).thenReturn(true);
        assertThat(screen.ifPermitted(() -> {
            done.add("work");
            return AdminScreen.ERROR;
        })).isEqualTo(AdminScreen.ERROR);
        assertThat(done).containsExactly("work");
    }

    @Test
    void neverAsksAboutAnAnonymousUser() {
        assertThat(screen.isPermitted()).isFalse();
        verify(users, never()).isAdmin(any());
    }

    @Test
    void asksForTheSecureAdministratorSessionForEveryScreen() {
        assertThat(AdminScreen.class.getAnnotation(WebSudoRequired.class)).isNotNull();
        assertThat(HealthAdminAction.class.getAnnotation(WebSudoRequired.class)).isNotNull();
        assertThat(RecordingAdminAction.class.getAnnotation(WebSudoRequired.class)).isNotNull();
    }
}
