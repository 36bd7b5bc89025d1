package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HealthAdminActionTest {

    private static Document render(HealthAdminAction action, boolean hostEscaping) throws Exception {
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forConfluenceAction(hostEscaping).render("templates/activity-lead-health.vm", Map.of("action", action), out);
        return Jsoup.parse(out.toString());
    }

    @Test
    void asksForTheSecureAdministratorSessionAndLetsOnlyAdministratorsIn() {
        UserManager users = mock(UserManager.class);
        when(users.getRemoteUserKey()).thenReturn(new UserKey("key-bob"));
        ConfluenceHost host = ConfluenceHost.in(Locale.ENGLISH, "/wiki", "https://wiki.example.com/wiki");
        HealthAdminAction action = new HealthAdminAction(users, new FakeActivitySearch(), new FakeUserDirectory(), host.translations(),
                host.properties());

        assertThat(HealthAdminAction.class.getAnnotation(WebSudoRequired.class)).isNotNull();
        assertThat(action.isPermitted()).isFalse();
        assertThat(action.execute()).isEqualTo(RecordingAdminAction.NOT_PERMITTED);
    }

    @Test
    void showsTheScreenToAnAdministrator() {
        assertThat(HealthScreens.over(Locale.ENGLISH, List.of()).execute()).isEqualTo(RecordingAdminAction.SUCCESS);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void groupsThePeopleWhoLeftWithTheirUsernameRolesAndPages(boolean hostEscaping) throws Exception {
        Document screen = render(HealthScreens.over(Locale.ENGLISH, HealthScreens.leavers(), HealthScreens.ALICE, HealthScreens.BOB,
                HealthScreens.CAROL), hostEscaping);

        assertThat(screen.select("meta[name=decorator]").attr("content")).isEqualTo("atl.admin");
        List<Element> people = screen.select("section.activity-lead-health-person");
        // Unknown people first (their name is gone), then by name.
        assertThat(people).extracting(person -> person.select("code.activity-lead-health-username").text())
                .containsExactly("JIRAUSER10400", "alice");
        Element alice = people.get(1);
        assertThat(alice.select("bdi").text()).isEqualTo("Alice Martin");
        assertThat(alice.select("th[scope=row]").eachText()).containsExactly("Activity Lead", "Owner");
        assertThat(alice.select("td li > a").eachAttr("href")).containsExactly("/wiki/display/ENG/Launch+plan", "/wiki/display/ENG/Pricing+review");
        assertThat(screen.select("h2 + ul > li > a").eachText()).containsExactly("Onboarding guide");
        assertThat(screen.select("p.activity-lead-health-summary").text())
                .isEqualTo("4 activities checked. People who left: 2, holding 3 of them. Without an Activity Lead: 1.");
        assertThat(screen.select("form, script, [style]")).isEmpty();
    }
}
