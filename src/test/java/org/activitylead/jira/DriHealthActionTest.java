package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.util.List;
import java.util.Locale;
import org.activitylead.core.handover.ActivityLinkView;
import org.activitylead.core.handover.HealthView;
import org.activitylead.core.handover.HoldingView;
import org.activitylead.core.handover.LeaverView;
import org.activitylead.testing.jira.JiraI18n;
import org.activitylead.testing.jira.JiraUsers;
import org.junit.jupiter.api.Test;

class DriHealthActionTest {

    private static DriHealthScreens withProjectAdministrator() {
        DriHealthScreens screens = DriHealthScreens.leavers().users(JiraUsers.of(aUser("admin").key("JIRAUSER10000"),
                aUser("pat").key("JIRAUSER10002"), aUser("alice").key("JIRAUSER10001").displayName("Alice Martin").deactivated()))
                .notJiraAdministrator();
        screens.permissions().administer(DriHealthScreens.ACT, screens.user("pat"));
        return screens;
    }

    @Test
    void aJiraAdministratorSeesEveryProject() throws Exception {
        DriHealthScreens screens = DriHealthScreens.leavers();
        DriHealthAction action = screens.as("admin", Locale.ENGLISH);

        assertThat(action.execute()).isEqualTo("success");
        action.view();
        assertThat(screens.search().asked()).allSatisfy(query -> assertThat(query).doesNotContain("project in"));
    }

    @Test
    void aProjectAdministratorSeesOnlyTheProjectsTheyAdminister() throws Exception {
        DriHealthScreens screens = withProjectAdministrator();
        DriHealthAction action = screens.as("pat", Locale.ENGLISH);

        assertThat(action.execute()).isEqualTo("success");
        action.view();
        assertThat(screens.search().asked()).isNotEmpty().allSatisfy(query -> assertThat(query)
                .startsWith("JIRAUSER10002: ").contains(" and project in (10000) "));
    }

    @Test
    void anyoneElseGetsJirasNotPermittedPageAndTheViewSearchesNothing() throws Exception {
        DriHealthScreens screens = withProjectAdministrator();
        DriHealthAction action = screens.as("admin", Locale.ENGLISH);

        assertThat(action.execute()).isEqualTo(JiraWebActionSupport.PERMISSION_VIOLATION_RESULT);
        assertThat(action.view().leavers()).isEmpty();
        assertThat(screens.search().asked()).isEmpty();
    }

    @Test
    void anAnonymousUserGetsJirasNotPermittedPage() throws Exception {
        DriHealthScreens screens = DriHealthScreens.leavers();

        assertThat(screens.as("nobody", Locale.ENGLISH).execute()).isEqualTo(JiraWebActionSupport.PERMISSION_VIOLATION_RESULT);
        assertThat(screens.search().asked()).isEmpty();
    }

    @Test
    void listsEachLeaverAsTheDriOfTheirIssuesAndTheIssuesWithoutOne() {
        HealthView view = DriHealthScreens.leavers().as("admin", Locale.ENGLISH).view();

        assertThat(view.titleHtml()).isEqualTo("DRI health");
        assertThat(view.leavers()).extracting(LeaverView::usernameHtml).containsExactly("JIRAUSER10400", "alice");
        LeaverView alice = view.leavers().get(1);
        assertThat(alice.reassignUrlHtml()).isEqualTo("/jira/secure/admin/ActivityLeadDriReassign.jspa?leaver=JIRAUSER10001");
        assertThat(alice.reassignLabelHtml()).isEqualTo("Reassign\u2026");
        assertThat(alice.holdings()).extracting(HoldingView::roleHtml).containsExactly("DRI");
        assertThat(alice.holdings().get(0).activities()).extracting(ActivityLinkView::urlHtml, ActivityLinkView::titleHtml, ActivityLinkView::spaceHtml)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/jira/browse/ACT-1", "ACT-1 Launch plan", "Activities"));
        assertThat(view.withoutLead()).extracting(ActivityLinkView::titleHtml).containsExactly("ACT-3 Onboarding");
        assertThat(view.summaryHtml()).isEqualTo("3 issues checked. People who left: 2, the DRI of 2 of them. Without a DRI: 1.");
        assertThat(view.recordingUrlHtml()).isNull();
    }

    @Test
    void aFailedSearchShowsAMessageInTheViewersLanguage() {
        DriHealthScreens screens = new DriHealthScreens();
        screens.search().failing();

        HealthView view = screens.as("admin", Locale.GERMAN).view();

        assertThat(view.messages()).singleElement().satisfies(message -> assertThat(message.textHtml())
                .isEqualTo(org.activitylead.core.people.Html.encode(JiraI18n.text(Locale.GERMAN, "activity-lead.dri-health.error.search"))));
        assertThat(view.summaryHtml()).isNull();
    }

    @Test
    void asksForTheSecureAdministratorSession() {
        assertThat(DriHealthAction.class.isAnnotationPresent(WebSudoRequired.class)).isTrue();
    }
}
