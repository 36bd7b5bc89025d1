package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpaceHealthActionTest {

    private static Document render(SpaceHealthAction action, boolean hostEscaping) throws Exception {
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forConfluenceAction(hostEscaping).render("templates/activity-lead-space-health.vm", Map.of("action", action), out);
        return Jsoup.parse(out.toString());
    }

    @Test
    void showsTheScreenToTheSpacesAdministratorAndSearchesOnlyThatSpace() {
        FakeActivitySearch search = new FakeActivitySearch();
        SpaceHealthAction action = HealthScreens.space(Locale.ENGLISH, search, HealthScreens.ENG_ADMIN, "ENG");

        assertThat(action.isPermitted()).isTrue();
        assertThat(action.execute()).isEqualTo(AdminScreen.SUCCESS);
        action.view();
        assertThat(search.queries()).containsExactly("space = \"ENG\" and type in (page, blogpost) and activityRecordVersion >= 1 order by id asc");
    }

    @Test
    void refusesTheAdministratorOfAnotherSpaceAndAnAnonymousUserBeforeAnySearch() {
        FakeActivitySearch search = new FakeActivitySearch();
        for (SpaceHealthAction action : List.of(HealthScreens.space(Locale.ENGLISH, search, HealthScreens.OPS_ADMIN, "ENG"),
                HealthScreens.space(Locale.ENGLISH, search, null, "ENG"))) {
            assertThat(action.isPermitted()).isFalse();
            assertThat(action.execute()).isEqualTo(AdminScreen.NOT_PERMITTED);
            assertThatThrownBy(action::view).isInstanceOf(IllegalStateException.class);
        }
        assertThat(search.queries()).isEmpty();
    }

    @Test
    void letsAConfluenceAdministratorIntoAnySpace() {
        assertThat(HealthScreens.space(Locale.ENGLISH, new FakeActivitySearch(), HealthScreens.SITE_ADMIN, "OPS").execute())
                .isEqualTo(AdminScreen.SUCCESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eng ", "ENG\" or type = page", "../admin", "ENG%00", "~"})
    void refusesAKeyOutsideTheClosedSetEvenToAConfluenceAdministrator(String key) {
        SpaceHealthAction action = HealthScreens.space(Locale.ENGLISH, new FakeActivitySearch(), HealthScreens.SITE_ADMIN, key);

        assertThat(action.execute()).isEqualTo(AdminScreen.NOT_PERMITTED);
    }

    @Test
    void refusesAMissingKey() {
        SpaceHealthAction action = HealthScreens.space(Locale.ENGLISH, new FakeActivitySearch(), HealthScreens.SITE_ADMIN, null);

        assertThat(action.execute()).isEqualTo(AdminScreen.NOT_PERMITTED);
    }

    @Test
    void asksForNoSecureAdministratorSessionAsConfluencesOwnSpaceToolsDoNot() {
        assertThat(SpaceHealthAction.class.getAnnotation(WebSudoRequired.class)).isNull();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSpaceAdministratorSeesTheLeaversOfTheSpaceAndReassignsWithinItWithoutTheSiteWideScreens(boolean hostEscaping) throws Exception {
        Document screen = render(HealthScreens.spaceOver(Locale.ENGLISH, HealthScreens.leavers(), HealthScreens.ALICE, HealthScreens.BOB,
                HealthScreens.CAROL), hostEscaping);

        assertThat(screen.select("meta[name=decorator]").attr("content")).isEqualTo("atl.general");
        assertThat(screen.select("div.activity-lead-health > p").first().text()).startsWith("Activities in the space ENG ");
        assertThat(screen.select("code.activity-lead-health-username").eachText()).containsExactly("JIRAUSER10400", "alice");
        assertThat(screen.select("a[href*=/admin/]")).isEmpty();
        assertThat(screen.select("a.activity-lead-health-reassign").eachAttr("href")).containsExactly(
                "/wiki/plugins/activity-lead/space-reassign.action?key=ENG&leaver=JIRAUSER10400",
                "/wiki/plugins/activity-lead/space-reassign.action?key=ENG&leaver=key-alice");
        assertThat(screen.select("p.activity-lead-health-site-only").text()).contains("ask a Confluence administrator");
        assertThat(screen.select("form, script, [style]")).isEmpty();
    }

    @Test
    void aConfluenceAdministratorOnTheSpaceScreenKeepsTheRecordingScreenAndReassignsWithinTheSpace() throws Exception {
        Document screen = render(HealthScreens.everySpaceState(Locale.ENGLISH).get(1), true);

        assertThat(screen.select("a.activity-lead-health-reassign").eachAttr("href"))
                .isNotEmpty().allMatch(href -> href.startsWith("/wiki/plugins/activity-lead/space-reassign.action?key=ENG&leaver="));
        assertThat(screen.select("p > a[href$=/admin/activity-lead/recording.action]")).hasSize(1);
        assertThat(screen.select("p.activity-lead-health-site-only")).isEmpty();
    }
}
