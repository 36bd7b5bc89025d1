package org.activitylead.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.handover.ResultRowView;
import org.activitylead.core.handover.RoleChoiceView;
import org.activitylead.core.panel.MessageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DRI reassignment screen over {@link DriHandovers}' Jira: who may use it, what each command starts, and what it shows. */
class DriHandoverActionTest {

    private static final String NOT_PERMITTED = JiraWebActionSupport.PERMISSION_VIOLATION_RESULT;

    private final DriHandovers jira = new DriHandovers().alicesEpics(3);
    private final DriHandoverScreens screens = new DriHandoverScreens(jira);

    private DriHandoverAction dryRunOfAliceToBob(String viewer) {
        DriHandoverAction action = screens.as(viewer).action();
        action.setLeaver(jira.key("alice"));
        action.setRoles(new String[] {"lead"});
        action.setSuccessor("bob");
        return action;
    }

    private static List<String> messages(HandoverView view) {
        return view.messages().stream().map(MessageView::textHtml).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"outsider", "nobody"})
    void anyoneWhoAdministersNothingGetsJirasNotPermittedPageAndNothingStarts(String viewer) throws Exception {
        List<Function<DriHandoverAction, String>> commands = List.of(DriHandoverAction::doDryRun, DriHandoverAction::doReassign,
                DriHandoverAction::doStop, DriHandoverAction::doResume);

        assertThat(screens.as(viewer).action().execute()).isEqualTo(NOT_PERMITTED);
        for (Function<DriHandoverAction, String> command : commands) {
            assertThat(command.apply(dryRunOfAliceToBob(viewer))).isEqualTo(NOT_PERMITTED);
        }
        assertThat(jira.ledger.progress().state()).isEqualTo(HandoverState.NOT_STARTED);
    }

    @Test
    void aJiraAdministratorsDryRunCoversEveryProjectAndRedirectsToTheScreen() throws Exception {
        jira.epic(30001L, "OPS-1", jira.ops, jira.key("alice"));

        assertThat(screens.as("admin").action().execute()).isEqualTo("success");
        assertThat(dryRunOfAliceToBob("admin").doDryRun()).isEqualTo("none");

        assertThat(jira.ledger.progress().mode()).isEqualTo(HandoverMode.DRY_RUN);
        assertThat(jira.ledger.progress().total()).isEqualTo(4);
        assertThat(jira.ledger.progress().startedBy()).isEqualTo(jira.key("admin"));
    }

    @Test
    void aProjectAdministratorsDryRunCoversOnlyTheProjectsTheyAdminister() {
        jira.epic(30001L, "OPS-1", jira.ops, jira.key("alice"));

        assertThat(dryRunOfAliceToBob("pa").doDryRun()).isEqualTo("none");

        assertThat(jira.ledger.progress().total()).isEqualTo(3);
        assertThat(jira.ledger.pages(0)).containsExactly(20001L, 20002L, 20003L);
    }

    @Test
    void refusesAMissingUnknownOrDeactivatedSuccessorWithAMessageThatEchoesNothing() {
        for (String successor : List.of("", "<img src=x onerror=alert(1)>", "alice")) {
            DriHandoverAction action = dryRunOfAliceToBob("admin");
            action.setSuccessor(successor);

            assertThat(action.doDryRun()).isEqualTo("error");
            assertThat(messages(action.view())).singleElement().asString().doesNotContain("img").doesNotContain("onerror");
        }
        assertThat(jira.ledger.progress().state()).isEqualTo(HandoverState.NOT_STARTED);
    }

    @Test
    void handsOverNothingWithoutTheDriChecked() {
        DriHandoverAction action = dryRunOfAliceToBob("admin");
        action.setRoles(new String[] {"reviewer", "<b>"});

        assertThat(action.doDryRun()).isEqualTo("error");
        assertThat(messages(action.view())).containsExactly("Choose at least one role to hand over.");
    }

    @Test
    void aProjectAdministratorMayNotConfirmStopOrResumeAJobSomeoneElseStarted() {
        dryRunOfAliceToBob("admin").doDryRun();
        jira.job.runJob(org.mockito.Mockito.mock(com.atlassian.scheduler.JobRunnerRequest.class));
        DriHandoverAction confirm = screens.as("pa").action();
        confirm.setLeaver(jira.key("alice"));
        confirm.setRoles(new String[] {"lead"});
        confirm.setSuccessorKey(jira.key("bob"));

        assertThat(confirm.doReassign()).isEqualTo("error");
        assertThat(screens.as("pa").action().doStop()).isEqualTo("error");
        assertThat(screens.as("pa").action().doResume()).isEqualTo("error");
        assertThat(messages(confirm.view())).singleElement().asString().startsWith("This job was started by another administrator.");
        assertThat(jira.ledger.progress().mode()).isEqualTo(HandoverMode.DRY_RUN);
    }

    @Test
    void theAdministratorWhoRanTheDryRunConfirmsIt() {
        dryRunOfAliceToBob("pa").doDryRun();
        jira.job.runJob(org.mockito.Mockito.mock(com.atlassian.scheduler.JobRunnerRequest.class));
        DriHandoverAction confirm = screens.as("pa").action();
        confirm.setLeaver(jira.key("alice"));
        confirm.setRoles(new String[] {"lead"});
        confirm.setSuccessorKey(jira.key("bob"));

        assertThat(confirm.doReassign()).isEqualTo("none");
        assertThat(jira.ledger.progress().mode()).isEqualTo(HandoverMode.REASSIGN);
    }

    @Test
    void aProjectAdministratorSeesAnotherAdministratorsJobButNotItsIssues() {
        HandoverView view = DriHandoverScreens.othersJob(Locale.ENGLISH).view();

        assertThat(view.job()).isNotNull();
        assertThat(view.job().results()).isEmpty();
        assertThat(view.confirm()).isNull();
        assertThat(DriHandoverScreens.reassigned(Locale.ENGLISH).view().job().results()).isNotEmpty();
    }

    @Test
    void speaksOfTheDriAndIssuesAndShowsJirasReasonForARefusal() {
        HandoverView chosen = DriHandoverScreens.chosen(Locale.ENGLISH).view();
        assertThat(chosen.titleHtml()).isEqualTo("Reassign DRIs");
        assertThat(chosen.form().roles()).extracting(RoleChoiceView::labelHtml, RoleChoiceView::valueHtml)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DRI", "lead"));
        assertThat(chosen.form().actionHtml()).isEqualTo("/jira/secure/admin/ActivityLeadDriReassign!dryRun.jspa");

        HandoverView done = DriHandoverScreens.dryRunDone(Locale.ENGLISH).view();
        List<ResultRowView> rows = done.job().results();
        assertThat(rows.get(0).urlHtml()).isEqualTo("/jira/browse/ACT-1");
        assertThat(rows.get(0).titleHtml()).isEqualTo("ACT-1 Launch plan 1");
        assertThat(rows.get(6).outcomeHtml()).isEqualTo("Skipped: the change was refused: The DRI must be able to browse this issue.");
        assertThat(rows.get(4).outcomeHtml()).isEqualTo("Skipped: you may not edit this issue.");
        assertThat(done.job().summaryHtml()).isEqualTo("7 of 7 issues done.");
        assertThat(done.confirm().labelHtml()).isEqualTo("Reassign on 4 issues");
        assertThat(done.healthUrlHtml()).isEqualTo("/jira/secure/admin/ActivityLeadDriHealth.jspa");
    }

    @Test
    void theScreenIsReadOnlyAndEveryCommandIsAPostWithJirasTokenUnderWebSudo() throws Exception {
        assertThat(DriHandoverAction.class.isAnnotationPresent(WebSudoRequired.class)).isTrue();
        Method screen = DriHandoverAction.class.getDeclaredMethod("doExecute");
        assertThat(screen.getAnnotation(SupportedMethods.class).value()).containsExactly(RequestMethod.GET);
        assertThat(screen.isAnnotationPresent(RequiresXsrfCheck.class)).isFalse();
        List<Method> commands = Arrays.stream(DriHandoverAction.class.getDeclaredMethods())
                .filter(method -> method.getName().startsWith("do") && !method.getName().equals("doExecute")).toList();
        assertThat(commands).extracting(Method::getName).containsExactlyInAnyOrder("doDryRun", "doReassign", "doStop", "doResume");
        assertThat(commands).allSatisfy(command -> {
            assertThat(command.isAnnotationPresent(RequiresXsrfCheck.class)).as(command.getName()).isTrue();
            assertThat(command.getAnnotation(SupportedMethods.class).value()).as(command.getName()).containsExactly(RequestMethod.POST);
        });
    }

    @Test
    void aChosenLeaverThatIsNoUserReferenceIsNeverShownAndAnUnknownOneOnlyAsLiteralText() {
        DriHandoverAction invalid = screens.as("admin").action();
        invalid.setLeaver("x".repeat(300));
        HandoverView refused = invalid.view();
        assertThat(refused.form()).isNull();
        assertThat(messages(refused)).startsWith("That is not a person this screen can hand over. Choose one on the DRI health screen.")
                .allSatisfy(message -> assertThat(message).doesNotContain("xxx"));

        DriHandoverAction unknown = screens.as("admin").action();
        unknown.setLeaver("<script>x</script>");
        HandoverView shown = unknown.view();
        assertThat(shown.form().leaverUsernameHtml()).isEqualTo("&lt;script&gt;x&lt;/script&gt;");
        assertThat(shown.form().leaver().displayNameHtml()).isEqualTo("Unknown user");
    }
}
