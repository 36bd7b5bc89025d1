package org.activitylead.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.MutableIssue;
import java.util.Set;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One issue's DRI handover through the issue service, over {@link DriHandovers}' Jira. */
class JiraIssueHandoversTest {

    private final DriHandovers jira = new DriHandovers();
    private MutableIssue epic;

    @BeforeEach
    void anEpicOfAliceAndTheAdministratorOnTheThread() {
        epic = jira.epic(20001L, "ACT-1", jira.act, jira.key("alice"));
        jira.authentication.setLoggedInUser(jira.user("admin"));
    }

    private Handover toBob() {
        return toSuccessor("bob");
    }

    private Handover toSuccessor(String username) {
        return ((Handover.Result.Accepted) new HandoverRequest(jira.key("alice"), Set.of(Role.LEAD), jira.key(username))
                .resolve(jira.directory)).handover();
    }

    @Test
    void handsTheDriOverThroughTheIssueServiceAsTheAdministratorOnTheThread() {
        PageResult result = jira.handovers.handOver(20001L, toBob(), true);

        assertThat(result).isEqualTo(PageResult.changedIssue(20001L, "ACT-1", "Epic ACT-1", Set.of(Role.LEAD)));
        assertThat(jira.stored).containsEntry(20001L, jira.key("bob"));
        assertThat(jira.issueService.validated).containsExactly(20001L);
        assertThat(jira.issueService.updated).containsExactly(20001L);
        assertThat(jira.issueService.actedAs).containsExactly("admin");
    }

    @Test
    void sendsOnlyTheDriByUsernameAndTellsJiraToKeepAndLeaveUncheckedEveryOtherField() {
        jira.handovers.handOver(20001L, toBob(), true);

        DriHandovers.Parameters sent = jira.issueService.sent.get(0);
        assertThat(sent.customFields).containsOnlyKeys(DriHandovers.FIELD_ID).containsEntry(DriHandovers.FIELD_ID, java.util.List.of("bob"));
        assertThat(sent.retainExistingValues).isTrue();
        assertThat(sent.onlyValidatePresentFields).isTrue();
        assertThat(sent.skipScreenCheck).isTrue();
    }

    @Test
    void theDryRunValidatesTheSameChangeAndWritesNothing() {
        PageResult result = jira.handovers.handOver(20001L, toBob(), false);

        assertThat(result.outcome()).isEqualTo(PageOutcome.CHANGED);
        assertThat(jira.issueService.validated).containsExactly(20001L);
        assertThat(jira.issueService.updated).isEmpty();
        assertThat(jira.stored).containsEntry(20001L, jira.key("alice"));
    }

    @Test
    void leavesAnIssueWhoseDriSomeoneChangedSinceAloneWithoutAskingJira() {
        jira.stored.put(20001L, jira.key("admin"));

        PageResult result = jira.handovers.handOver(20001L, toBob(), true);

        assertThat(result).isEqualTo(PageResult.leftIssue(20001L, "ACT-1", "Epic ACT-1", PageOutcome.NO_LONGER_NAMED));
        assertThat(jira.issueService.validated).isEmpty();
        assertThat(jira.stored).containsEntry(20001L, jira.key("admin"));
    }

    @Test
    void skipsAnIssueTheAdministratorMayNotEdit() {
        jira.epic(20002L, "OPS-1", jira.ops, jira.key("alice"));
        jira.authentication.setLoggedInUser(jira.user("pa"));

        PageResult result = jira.handovers.handOver(20002L, toBob(), true);

        assertThat(result.outcome()).isEqualTo(PageOutcome.NOT_EDITABLE);
        assertThat(jira.issueService.validated).isEmpty();
        assertThat(jira.stored).containsEntry(20002L, jira.key("alice"));
    }

    @Test
    void withNobodyOnTheThreadNothingIsEditable() {
        jira.authentication.setLoggedInUser(null);

        assertThat(jira.handovers.handOver(20001L, toBob(), true).outcome()).isEqualTo(PageOutcome.NOT_EDITABLE);
        assertThat(jira.issueService.validated).isEmpty();
    }

    @Test
    void skipsWithTheFieldsOwnReasonWhenItRefusesAndWritesNothing() {
        // Outsider may not browse ACT: the DRI field's own rule refuses them as its DRI.
        PageResult result = jira.handovers.handOver(20001L, toSuccessor("outsider"), true);

        assertThat(result.outcome()).isEqualTo(PageOutcome.REFUSED);
        assertThat(result.reason()).isEqualTo("The DRI must be able to browse this issue.");
        assertThat(jira.issueService.updated).isEmpty();
        assertThat(jira.stored).containsEntry(20001L, jira.key("alice"));
    }

    @Test
    void saysFailedWhenJiraDoesNotSaveAndTheDriStaysAsItWas() {
        jira.issueService.failsToSave(20001L);

        assertThat(jira.handovers.handOver(20001L, toBob(), true).outcome()).isEqualTo(PageOutcome.NOT_SAVED);
        assertThat(jira.stored).containsEntry(20001L, jira.key("alice"));
    }

    @Test
    void aHostFailureIsTheIssuesOutcomeNeverTheJobs() {
        jira.issueService.breaks(new IllegalStateException("database gone"));

        assertThat(jira.handovers.handOver(20001L, toBob(), true).outcome()).isEqualTo(PageOutcome.NOT_SAVED);
    }

    @Test
    void anIssueThatNoLongerExistsIsGone() {
        assertThat(jira.handovers.handOver(99999L, toBob(), true)).isEqualTo(PageResult.leftIssue(99999L, "", "", PageOutcome.GONE));
    }

    @Test
    void findsTheIssuesStoringTheKeyEvenOfAUserJiraNoLongerKnowsInIdOrder() {
        jira.epic(20003L, "ACT-3", jira.act, "JIRAUSER19999");
        jira.epic(20002L, "OPS-1", jira.ops, jira.key("alice"));

        assertThat(jira.driIssues.naming(jira.key("alice"), java.util.Optional.empty())).containsExactly(20001L, 20002L);
        assertThat(jira.driIssues.naming("JIRAUSER19999", java.util.Optional.empty())).containsExactly(20003L);
        assertThat(jira.driIssues.naming(jira.key("alice"), java.util.Optional.of(Set.of(jira.act.getId())))).containsExactly(20001L);
        assertThat(epic.getKey()).isEqualTo("ACT-1");
    }
}
