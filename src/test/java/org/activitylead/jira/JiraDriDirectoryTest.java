package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraIssues.anEpic;
import static org.activitylead.testing.jira.JiraUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.jira.JiraIssues;
import org.activitylead.testing.jira.JiraPermissions;
import org.activitylead.testing.jira.JiraUsers;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class JiraDriDirectoryTest {

    private final JiraUsers users = JiraUsers.of(
            aUser("alice").key("JIRAUSER10001").displayName("Alice Example"),
            aUser("bob").key("JIRAUSER10002").displayName(" "),
            aUser("gone").key("JIRAUSER10003").displayName("Gina Gone").deactivated(),
            aUser("outsider").key("JIRAUSER10004"));
    private final UserManager userManager = users.userManager();
    private final JiraIssues issues = new JiraIssues();
    private final Project project = issues.project(10000L);
    private final MutableIssue epic = issues.add(anEpic("ACT-1").id(10001L).in(project));
    private final JiraPermissions permissions = new JiraPermissions()
            .browse(project, users.user("alice"), users.user("bob"))
            .securityLevel(epic, users.user("alice"));
    private final JiraDriDirectory directory = new JiraDriDirectory(userManager, permissions, RequestUsers.with(null));

    @Test
    void findsAUserByExactUsernameFirst() {
        assertThat(directory.find(new UserRef("alice"))).map(HostUser::person).contains(Person.of("JIRAUSER10001", "alice", "Alice Example", true, null));

        verify(userManager).getUserByName("alice");
        verify(userManager, never()).getUserByKey(any());
    }

    @Test
    void fallsBackToTheExactKey() {
        assertThat(directory.find(new UserRef("JIRAUSER10002"))).map(user -> user.person().username()).contains("bob");

        InOrder order = inOrder(userManager);
        order.verify(userManager).getUserByName("JIRAUSER10002");
        order.verify(userManager).getUserByKey("JIRAUSER10002");
    }

    /** After a rename Jira keeps the old key; a new user with the old name gets another key. The name wins. */
    @Test
    void resolvesAUsernameToItsOwnerEvenWhenItIsAlsoARenamedUsersKey() {
        JiraUsers renamed = JiraUsers.of(aUser("alice.smith").key("alice"), aUser("alice").key("JIRAUSER10100"));
        JiraDriDirectory onRenamed = new JiraDriDirectory(renamed.userManager(), permissions, RequestUsers.with(null));

        assertThat(onRenamed.find(new UserRef("alice"))).map(user -> user.person().key()).contains("JIRAUSER10100");
        assertThat(onRenamed.find(new UserRef("alice.smith"))).map(user -> user.person().key()).contains("alice");
    }

    @Test
    void findsNobodyForAnUnknownNameAndAsksForNoPlaceholder() {
        assertThat(directory.find(new UserRef("nobody"))).isEmpty();
        assertThat(directory.find(new UserRef("ALICE"))).as("the exact fake resolves no case variant").isEmpty();

        verify(userManager).getUserByName("nobody");
        verify(userManager).getUserByKey("nobody");
        verify(userManager).getUserByName("ALICE");
        verify(userManager).getUserByKey("ALICE");
        verifyNoMoreInteractions(userManager);
    }

    @Test
    void tellsActiveFromDeactivatedAndShowsTheUsernameWithoutADisplayName() {
        assertThat(directory.find(new UserRef("gone"))).map(HostUser::person).contains(Person.of("JIRAUSER10003", "gone", "Gina Gone", false, null));
        assertThat(directory.find(new UserRef("bob"))).map(user -> user.person().displayName()).contains("bob");
    }

    @Test
    void readsAStoredValueByKeyOnly() {
        assertThat(directory.byKey("JIRAUSER10001").username()).isEqualTo("alice");
        assertThat(directory.byKey("alice")).isEqualTo(Person.unknown("alice"));

        verify(userManager, never()).getUserByName(any());
    }

    @Test
    void asksAboutTheIssueWhenItKnowsTheIssue() {
        ApplicationUser alice = directory.find(new UserRef("alice")).orElseThrow().user();
        ApplicationUser bob = directory.find(new UserRef("bob")).orElseThrow().user();

        assertThat(directory.canBrowse(alice, JiraScope.of(epic))).isTrue();
        assertThat(directory.canBrowse(bob, JiraScope.of(epic))).as("hidden by the security level").isFalse();
        assertThat(permissions.questions()).containsExactly("issue ACT-1 JIRAUSER10001", "issue ACT-1 JIRAUSER10002");
    }

    @Test
    void asksAboutTheProjectOnlyWithoutAnIssue() {
        ApplicationUser bob = directory.find(new UserRef("bob")).orElseThrow().user();
        ApplicationUser outsider = directory.find(new UserRef("outsider")).orElseThrow().user();

        assertThat(directory.canBrowse(bob, JiraScope.of(project))).isTrue();
        assertThat(directory.canBrowse(outsider, JiraScope.of(project))).isFalse();
        assertThat(permissions.questions()).containsExactly("project 10000 JIRAUSER10002", "project 10000 JIRAUSER10004");
    }

    @Test
    void holdsJirasOwnUserSoNoWritePathLooksItUpAgain() {
        assertThat(directory.find(new UserRef("alice")).orElseThrow().user()).isSameAs(users.user("alice"));
    }
}
