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
import com.atlassian.jira.user.util.UserManager;
import org.activitylead.core.dri.DriUser;
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
    private final JiraDriDirectory directory = new JiraDriDirectory(userManager, permissions);

    @Test
    void findsAUserByExactUsernameFirst() {
        assertThat(directory.find("alice")).contains(new DriUser("JIRAUSER10001", "alice", "Alice Example", true));

        verify(userManager).getUserByName("alice");
        verify(userManager, never()).getUserByKey(any());
    }

    @Test
    void fallsBackToTheExactKey() {
        assertThat(directory.find("JIRAUSER10002")).map(DriUser::username).contains("bob");

        InOrder order = inOrder(userManager);
        order.verify(userManager).getUserByName("JIRAUSER10002");
        order.verify(userManager).getUserByKey("JIRAUSER10002");
    }

    /** After a rename Jira keeps the old key; a new user with the old name gets another key. The name wins. */
    @Test
    void resolvesAUsernameToItsOwnerEvenWhenItIsAlsoARenamedUsersKey() {
        JiraUsers renamed = JiraUsers.of(aUser("alice.smith").key("alice"), aUser("alice").key("JIRAUSER10100"));
        JiraDriDirectory onRenamed = new JiraDriDirectory(renamed.userManager(), permissions);

        assertThat(onRenamed.find("alice")).map(DriUser::key).contains("JIRAUSER10100");
        assertThat(onRenamed.find("alice.smith")).map(DriUser::key).contains("alice");
    }

    @Test
    void findsNobodyForAnUnknownNameAndAsksForNoPlaceholder() {
        assertThat(directory.find("nobody")).isEmpty();
        assertThat(directory.find("ALICE")).as("the exact fake resolves no case variant").isEmpty();

        verify(userManager).getUserByName("nobody");
        verify(userManager).getUserByKey("nobody");
        verify(userManager).getUserByName("ALICE");
        verify(userManager).getUserByKey("ALICE");
        verifyNoMoreInteractions(userManager);
    }

    @Test
    void tellsActiveFromDeactivatedAndShowsTheUsernameWithoutADisplayName() {
        assertThat(directory.find("gone")).contains(new DriUser("JIRAUSER10003", "gone", "Gina Gone", false));
        assertThat(directory.find("bob")).map(DriUser::displayName).contains("bob");
    }

    @Test
    void readsAStoredValueByKeyOnly() {
        assertThat(directory.byKey("JIRAUSER10001")).map(DriUser::username).contains("alice");
        assertThat(directory.byKey("alice")).isEmpty();

        verify(userManager, never()).getUserByName(any());
    }

    @Test
    void asksAboutTheIssueWhenItKnowsTheIssue() {
        DriUser alice = directory.find("alice").orElseThrow();
        DriUser bob = directory.find("bob").orElseThrow();

        assertThat(directory.canBrowse(alice, JiraScope.of(epic))).isTrue();
        assertThat(directory.canBrowse(bob, JiraScope.of(epic))).as("hidden by the security level").isFalse();
        assertThat(permissions.questions()).containsExactly("issue ACT-1 JIRAUSER10001", "issue ACT-1 JIRAUSER10002");
    }

    @Test
    void asksAboutTheProjectOnlyWithoutAnIssue() {
        DriUser bob = directory.find("bob").orElseThrow();
        DriUser outsider = directory.find("outsider").orElseThrow();

        assertThat(directory.canBrowse(bob, JiraScope.of(project))).isTrue();
        assertThat(directory.canBrowse(outsider, JiraScope.of(project))).isFalse();
        assertThat(permissions.questions()).containsExactly("project 10000 JIRAUSER10002", "project 10000 JIRAUSER10004");
    }

    @Test
    void letsNoUserWhoNoLongerExistsBrowse() {
        DriUser vanished = new DriUser("JIRAUSER99999", "vanished", "Vanished", true);

        assertThat(directory.canBrowse(vanished, JiraScope.of(epic))).isFalse();
        assertThat(permissions.questions()).isEmpty();
    }

    @Test
    void givesBackJirasUserForADri() {
        assertThat(directory.applicationUser(directory.find("alice").orElseThrow())).isSameAs(users.user("alice"));
        assertThat(directory.applicationUser(new DriUser("JIRAUSER99999", "vanished", null, true))).isNull();
    }
}
