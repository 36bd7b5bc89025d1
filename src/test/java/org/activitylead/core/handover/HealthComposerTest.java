package org.activitylead.core.handover;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.activitylead.confluence.ConfluenceLinks;
import org.activitylead.core.people.Html;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.people.Person;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;
import org.activitylead.core.report.SpaceKey;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.testing.OwnershipBuilder;
import org.junit.jupiter.api.Test;

class HealthComposerTest {

    private static final Person ALICE = aPerson("alice").displayName("Alice Martin").deactivated().build();
    private static final Person CAROL = aPerson("carol").displayName("Carol Nguyen").build();
    private static final ConfluenceLinks LINKS = ConfluenceLinks.below("/wiki");

    private final FakeActivitySearch search = new FakeActivitySearch();
    private final FakeUserDirectory directory = new FakeUserDirectory().with(ALICE, CAROL);

    private static ReportHit page(String title, OwnershipBuilder activity) {
        return new ReportHit(0L, title, "/display/ENG/" + title, "ENG", "Engineering", Optional.of(OwnershipRecord.of(activity.build())));
    }

    private HealthView compose(Locale locale) {
        return new HealthComposer(search, directory, BundleTranslator.of(locale), LINKS, LINKS, LINKS).compose("/wiki/admin/activity-lead/recording.action");
    }

    @Test
    void searchesEveryRecordedActivityAndNeverAPageBody() {
        compose(Locale.ENGLISH);

        assertThat(search.queries()).containsExactly("type in (page, blogpost) and activityRecordVersion >= 1 order by id asc");
    }

    @Test
    void showsEachPersonWhoLeftWithTheirUsernameRolesAndPages() {
        search.with(page("Launch", anActivity().ledBy(ALICE).reviewer(aPerson("carol").displayName("Carol Nguyen"))),
                page("Pricing", anActivity().ledBy(CAROL).owner(ALICE)));

        HealthView view = compose(Locale.ENGLISH);

        assertThat(view.summaryHtml()).isEqualTo("2 activities checked. People who left: 1, holding 2 of them. Without an Activity Lead: 0.");
        LeaverView alice = view.leavers().get(0);
        assertThat(alice.person().displayNameHtml()).isEqualTo("Alice Martin");
        assertThat(alice.person().stateHtml()).isNotNull();
        assertThat(alice.usernameHtml()).isEqualTo("alice");
        assertThat(alice.countHtml()).isEqualTo("Activities held: 2");
        assertThat(alice.holdings()).extracting(HoldingView::roleHtml).containsExactly("Activity Lead", "Owner");
        assertThat(alice.holdings().get(0).activities()).singleElement().satisfies(activity -> {
            assertThat(activity.urlHtml()).isEqualTo("/wiki/display/ENG/Launch");
            assertThat(activity.titleHtml()).isEqualTo("Launch");
            assertThat(activity.spaceHtml()).isEqualTo("Engineering");
        });
        assertThat(view.withoutLeadHtml()).isNull();
        assertThat(view.recordingUrlHtml()).isEqualTo("/wiki/admin/activity-lead/recording.action");
    }

    @Test
    void aSpaceScreenSearchesOnlyItsSpaceAndNamesIt() {
        search.with(page("Launch", anActivity().ledBy(ALICE)));

        HealthView view = new HealthComposer(search, directory, BundleTranslator.english(), LINKS, LINKS, LINKS)
                .compose(HealthScope.space(new SpaceKey("ENG"), true), "/wiki/admin/activity-lead/recording.action");

        assertThat(search.queries()).containsExactly("space = \"ENG\" and type in (page, blogpost) and activityRecordVersion >= 1 order by id asc");
        assertThat(view.introHtml()).startsWith("Activities in the space ENG whose Activity Lead");
        // A Confluence administrator on a space screen keeps the site-wide screens.
        assertThat(view.recordingUrlHtml()).isEqualTo("/wiki/admin/activity-lead/recording.action");
        assertThat(view.leavers().get(0).reassignUrlHtml()).isEqualTo("/wiki/admin/activity-lead/reassign.action?leaver=key-alice");
        assertThat(view.siteOnlyHtml()).isNull();
    }

    @Test
    void aSpaceAdministratorGetsNoRecordingScreenButANoteAndReassignsThroughTheScreenTheyAreGiven() {
        search.with(page("Launch", anActivity().ledBy(ALICE)));

        HealthView view = new HealthComposer(search, directory, BundleTranslator.english(), LINKS, LINKS, LINKS)
                .compose(HealthScope.space(new SpaceKey("ENG"), false), "/wiki/admin/activity-lead/recording.action");

        assertThat(view.recordingUrlHtml()).isNull();
        assertThat(view.recordingLinkHtml()).isNull();
        assertThat(view.leavers().get(0).reassignUrlHtml()).isEqualTo(Html.encode(LINKS.handoverScreen(ALICE.key())));
        assertThat(view.leavers().get(0).usernameHtml()).isEqualTo("alice");
        assertThat(view.siteOnlyHtml()).contains("ask a Confluence administrator").doesNotContain("roles");
        HealthView none = new HealthComposer(search, directory, BundleTranslator.english(), LINKS, LINKS, null)
                .compose(HealthScope.space(new SpaceKey("ENG"), false), null);
        assertThat(none.leavers().get(0).reassignUrlHtml()).isNull();
        assertThat(none.leavers().get(0).reassignLabelHtml()).isNull();
    }

    @Test
    void theSiteScreenHasNoNote() {
        assertThat(compose(Locale.ENGLISH).siteOnlyHtml()).isNull();
    }

    @Test
    void showsAPersonTheHostNoLongerKnowsByTheReferenceThePagesHold() {
        search.with(page("Launch", anActivity().ledBy(aPerson("ghost").key("JIRAUSER404"))));

        LeaverView ghost = compose(Locale.ENGLISH).leavers().get(0);

        assertThat(ghost.person().displayNameHtml()).isEqualTo("Unknown user");
        assertThat(ghost.usernameHtml()).isEqualTo("JIRAUSER404");
        assertThat(ghost.countHtml()).isEqualTo("Activities held: 1");
    }

    @Test
    void listsActivitiesWithoutAnActivityLeadAndLinksOnlyPlainPaths() {
        search.with(page("Orphan", anActivity().owner(CAROL)),
                new ReportHit(0L, "Odd", "javascript:alert(1)", "ENG", "", Optional.of(OwnershipRecord.of(anActivity().build()))));

        HealthView view = compose(Locale.ENGLISH);

        assertThat(view.withoutLeadHtml()).isEqualTo("Activities without an Activity Lead");
        assertThat(view.withoutLead()).extracting(ActivityLinkView::urlHtml).containsExactly("/wiki/display/ENG/Orphan", null);
        assertThat(view.withoutLead()).extracting(ActivityLinkView::spaceHtml).containsExactly("Engineering", "ENG");
        assertThat(view.leaversHtml()).isNull();
    }

    @Test
    void saysWhenItCheckedOnlyTheFirstActivities() {
        IntStream.rangeClosed(1, HealthScreen.LIMIT + 5).forEach(i -> search.with(page("A" + i, anActivity().ledBy(CAROL))));

        HealthView view = compose(Locale.ENGLISH);

        assertThat(view.messages()).extracting(MessageView::textHtml)
                .containsExactly("Only the first 2,000 of 2,005 recorded activities were checked.");
    }

    @Test
    void aFailedSearchSaysSoAndShowsNothingElse() {
        ActivitySearch broken = (cql, limit) -> {
            throw new IllegalStateException("index unavailable: " + cql);
        };

        HealthView view = new HealthComposer(broken, directory, BundleTranslator.english(), LINKS, LINKS, LINKS).compose("/wiki/x");

        assertThat(view.messages()).extracting(MessageView::cssClasses).containsExactly("aui-message aui-message-error");
        assertThat(view.messages().get(0).textHtml()).doesNotContain("index").doesNotContain("activityRecordVersion");
        assertThat(view.summaryHtml()).isNull();
        assertThat(view.leavers()).isEmpty();
    }

    @Test
    void encodesHostileTitlesAndNames() {
        Person hostile = aPerson("eve").displayName("<script>alert(1)</script>").deactivated().build();
        directory.with(hostile);
        search.with(new ReportHit(0L, "<img src=x onerror=alert(2)>", "/display/ENG/X", "ENG", "<b>Eng</b>",
                Optional.of(OwnershipRecord.of(anActivity().ledBy(hostile).build()))));

        LeaverView eve = compose(Locale.ENGLISH).leavers().get(0);

        assertThat(eve.person().displayNameHtml()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(eve.holdings().get(0).activities().get(0).titleHtml()).isEqualTo("&lt;img src=x onerror=alert(2)&gt;");
        assertThat(eve.holdings().get(0).activities().get(0).spaceHtml()).isEqualTo("&lt;b&gt;Eng&lt;/b&gt;");
    }

    @Test
    void speaksTheAdministratorsLanguage() {
        search.with(page("Launch", anActivity().ledBy(ALICE)));

        assertThat(compose(Locale.GERMAN).leavers().get(0).countHtml()).isEqualTo("Gehaltene Aktivitäten: 1");
        assertThat(compose(Locale.FRENCH).titleHtml()).isEqualTo("Santé Activity Lead");
    }
}
