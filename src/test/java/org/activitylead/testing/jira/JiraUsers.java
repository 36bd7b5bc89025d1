package org.activitylead.testing.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Test data: Jira users behind a mocked {@link UserManager} that answers exact key and exact username lookups only,
 * and null for anything else (never a placeholder). Whether a case variant of a username resolves is Jira's business,
 * so a test that wants Jira's real, case-insensitive username lookup asks for it with {@link #namesIgnoringCase()}.
 */
public final class JiraUsers {

    private final Map<String, ApplicationUser> byKey = new LinkedHashMap<>();
    private final Map<String, ApplicationUser> byName = new LinkedHashMap<>();
    private final UserManager userManager = mock(UserManager.class);
    private boolean namesIgnoringCase;

    private JiraUsers() {
        when(userManager.getUserByKey(any())).thenAnswer(call -> byKey.get(call.<String>getArgument(0)));
        when(userManager.getUserByName(any())).thenAnswer(call -> byName.get(name(call.getArgument(0))));
    }

    public static JiraUsers of(JiraUser... users) {
        JiraUsers directory = new JiraUsers();
        Set<String> taken = new HashSet<>();
        for (JiraUser user : users) {
            if (user.key != null) {
                taken.add(user.key);
            }
        }
        int next = 20000;
        for (JiraUser user : users) {
            String key = user.key;
            while (key == null || (user.key == null && taken.contains(key))) {
                key = "JIRAUSER" + ++next;
            }
            taken.add(key);
            ApplicationUser built = user.build(key);
            directory.byKey.put(built.getKey(), built);
            directory.byName.put(directory.name(built.getUsername()), built);
        }
        return directory;
    }

    /** A user with the username given, a free key {@code JIRAUSER2nnnn} unless told, active, display name from the username. */
    public static JiraUser aUser(String username) {
        return new JiraUser(username);
    }

    /** Usernames resolve whatever their case, as Jira's own UserManager does; keys stay exact. */
    public JiraUsers namesIgnoringCase() {
        namesIgnoringCase = true;
        Map<String, ApplicationUser> users = new LinkedHashMap<>(byName);
        byName.clear();
        users.forEach((name, user) -> byName.put(name(name), user));
        return this;
    }

    /** Whether a user has this username, asked without touching the mocked UserManager. */
    public boolean has(String username) {
        return byName.values().stream().anyMatch(user -> user.getUsername().equals(username));
    }

    public UserManager userManager() {
        return userManager;
    }

    /** The user with this username, as built. */
    public ApplicationUser user(String username) {
        return byName.values().stream().filter(user -> user.getUsername().equals(username)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no test user " + username));
    }

    private String name(String name) {
        return name != null && namesIgnoringCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** Builder of one mocked {@link ApplicationUser}. */
    public static final class JiraUser {

        private final String username;
        private String key;
        private String displayName;
        private boolean active = true;

        private JiraUser(String username) {
            this.username = username;
            this.displayName = Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Example";
        }

        public JiraUser key(String key) {
            this.key = key;
            return this;
        }

        public JiraUser displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public JiraUser deactivated() {
            this.active = false;
            return this;
        }

        ApplicationUser build(String userKey) {
            ApplicationUser user = mock(ApplicationUser.class, "user " + username);
            when(user.getKey()).thenReturn(userKey);
            when(user.getUsername()).thenReturn(username);
            when(user.getName()).thenReturn(username);
            when(user.getDisplayName()).thenReturn(displayName);
            when(user.isActive()).thenReturn(active);
            return user;
        }
    }
}
