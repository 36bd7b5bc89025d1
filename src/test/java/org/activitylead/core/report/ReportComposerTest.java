package org.activitylead.core.report;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.activitylead.confluence.ConfluenceLinks;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.OutputMode;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.testing.OwnershipBuilder;
import org.junit.jupiter.api.Test;

/** The report's use case end to end, over an in-memory search and directory: page parameters in, the rows people read out. */
class ReportComposerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** Links that show what they were given. */
    private static final ReportLinks LINKS = new ReportLinks() {
        @Override
        public Optional<String> page(String webPath) {
            return webPath.startsWith("/") ? Optional.of("/wiki" + webPath) : Optional.empty();
        }

        @Override
        public String search(String cql) {
            return "/wiki/search?cql=" + cql;
        }
    };

    private final FakeUserDirectory directory = new FakeUserDirectory().with(
            aPerson("alice"), aPerson("paul"), aPerson("olga"), aPerson("rita"), aPerson("gone").deactivated());
    private final FakeActivitySearch search = new FakeActivitySearch();

    private ReportView report(Map<String, String> parameters) {
        return report(parameters, Optional.of(new UserRef("key-alice")), Locale.ENGLISH);
    }

    private ReportView report(Map<String, String> parameters, Optional<UserRef> viewer, Locale locale) {
        return new ReportComposer(search, directory, BundleTranslator.of(locale), ConfluenceLinks.below("/wiki"), LINKS,
                OutputMode.INTERACTIVE, TODAY).compose(parameters, "ENG", viewer);
    }

    private static ReportHit hit(String title, OwnershipBuilder activity) {
        return new ReportHit(0L, title, "/display/ENG/" + title, "ENG", "Engineering", Optional.of(OwnershipRecord.of(activity.build())));
    }

    @Test
    void showsOneRowPerActivityWithPeopleAsTheHostKnowsThemNow() {
        search.with(hit("Launch", anActivity().status(Status.IN_REVIEW).ledBy(aPerson("alice")).pm(aPerson("paul"))
                .owner(aPerson("olga")).reviewer(aPerson("rita")).reviewBy(TODAY.plusDays(30))));

        ReportView view = report(Map.of());

        assertThat(view.summaryHtml()).isEqualTo("1 activity");
        assertThat(view.searchUrlHtml()).isNull();
        assertThat(view.table().labels()).isEqualTo(new ReportLabelsView("Page", "Space", "Status", "Activity Lead", "PM", "Owner",
                "Reviewers", "Review by", "Needs attention"));
        assertThat(view.table().rows()).singleElement().satisfies(row -> {
            assertThat(row.pageUrlHtml()).isEqualTo("/wiki/display/ENG/Launch");
            assertThat(row.titleHtml()).isEqualTo("Launch");
            assertThat(row.spaceHtml()).isEqualTo("Engineering");
            assertThat(row.status().textHtml()).isEqualTo("IN REVIEW");
            assertThat(row.lead().displayNameHtml()).isEqualTo("Alice Example");
            assertThat(row.pm().displayNameHtml()).isEqualTo("Paul Example");
            assertThat(row.owner().displayNameHtml()).isEqualTo("Olga Example");
            assertThat(row.reviewersHtml()).isEqualTo("1");
            assertThat(row.reviewBy().isoDateHtml()).isEqualTo("2027-01-02");
            assertThat(row.attention()).isEmpty();
        });
        assertThat(search.queries()).containsExactly(
                "type in (page, blogpost) and activityRecordVersion >= 1 and space = \"ENG\" order by title");
    }

    @Test
    void judgesEachActivityTodayAndLooksEachUserUpOnce() {
        search.with(hit("A", anActivity().ledBy(aPerson("gone")).customerFacing().reviewBy(TODAY.minusDays(1))),
                hit("B", anActivity().ledBy(aPerson("gone")).pm(aPerson("gone"))),
                hit("C", anActivity()));

        ReportView view = report(Map.of());

        assertThat(view.table().rows()).extracting(row -> row.attention().stream().map(LozengeView::textHtml).toList()).containsExactly(
                List.of("Activity Lead deactivated", "Customer-facing without PM", "Review overdue"),
                List.of("Activity Lead deactivated"),
                List.of("No Activity Lead"));
        assertThat(view.table().rows().get(0).lead().cssClasses()).isEqualTo("activity-lead-person activity-lead-person-deactivated");
        assertThat(directory.lookups()).containsExactly(new UserRef("key-gone"));
    }

    @Test
    void linksToTheProductsSearchWhenItShowsOnlyTheFirstMatches() {
        search.with(hit("A", anActivity()), hit("B", anActivity()), hit("C", anActivity()));

        ReportView view = report(Map.of("limit", "2"));

        assertThat(view.table().rows()).hasSize(2);
        assertThat(view.summaryHtml()).isEqualTo("Showing 2 of 3 activities.");
        assertThat(view.searchUrlHtml()).startsWith("/wiki/search?cql=type in (page, blogpost)");
        assertThat(view.searchLinkHtml()).isEqualTo("See all in search");
    }

    @Test
    void saysSoAndHowToAddAPanelWhenNothingMatches() {
        ReportView view = report(Map.of());

        assertThat(view.messages()).extracting(MessageView::textHtml).singleElement().asString().startsWith("No activity matches");
        assertThat(view.summaryHtml()).isEqualTo("No activities");
        assertThat(view.table()).isNull();
        assertThat(view.people()).isNull();
    }

    @Test
    void findsTheViewersActivitiesByKeyAndAsksAnonymousReadersToLogIn() {
        report(Map.of("person", "@me", "roles", "lead"));

        assertThat(search.queries()).singleElement().asString().contains("(activityLeadKey = \"key-alice\")");
        assertThat(report(Map.of("person", "@me"), Optional.empty(), Locale.ENGLISH).messages())
                .extracting(MessageView::textHtml).containsExactly("Log in to see your activities.");
        assertThat(report(Map.of("person", "nobody")).messages()).extracting(MessageView::cssClasses)
                .containsExactly("aui-message aui-message-warning");
        assertThat(search.queries()).hasSize(1);
    }

    @Test
    void runsNoSearchForABadParameterAndNamesItInTheViewersLanguage() {
        ReportView view = report(Map.of("limit", "9999", "layout", "pie"), Optional.empty(), Locale.GERMAN);

        assertThat(view.messages()).extracting(MessageView::textHtml).containsExactly(
                "Zeilenlimit: Verwenden Sie eine ganze Zahl von 1 bis 500.", "Darstellung: Verwenden Sie table oder people.");
        assertThat(view.summaryHtml()).isNull();
        assertThat(search.queries()).isEmpty();
    }

    @Test
    void countsWhoCarriesHowMuchInThePeopleLayout() {
        search.with(hit("A", anActivity().ledBy(aPerson("alice")).pm(aPerson("paul")).reviewer(aPerson("alice"))),
                hit("B", anActivity().ledBy(aPerson("alice")).owner(aPerson("gone"))),
                hit("C", anActivity().ledBy(aPerson("paul"))));

        ReportView view = report(Map.of("layout", "people"));

        assertThat(view.table()).isNull();
        assertThat(view.people().people()).extracting(row -> row.person().displayNameHtml()).containsExactly("Alice Example", "Paul Example",
                "Gone Example");
        assertThat(view.people().people().get(0).counts()).extracting(CountView::textHtml).containsExactly("2", "0", "0", "1");
        assertThat(view.people().people().get(0).counts().get(0).urlHtml()).contains("(activityLeadKey = &#34;key-alice&#34;)");
        assertThat(view.people().people().get(0).counts().get(1).urlHtml()).isNull();
        PersonView gone = view.people().people().get(2).person();
        assertThat(gone.stateHtml()).isEqualTo("(deactivated)");
        assertThat(directory.lookups()).containsExactlyInAnyOrder(new UserRef("key-alice"), new UserRef("key-paul"),
                new UserRef("key-gone"));
    }

    @Test
    void showsAPageWhoseRecordCannotBeReadAsSuch() {
        search.with(new ReportHit(0L, "<b>Odd</b>", "javascript:alert(1)", "ENG", "", Optional.empty()));

        ReportRowView row = report(Map.of()).table().rows().get(0);

        assertThat(row.titleHtml()).isEqualTo("&lt;b&gt;Odd&lt;/b&gt;");
        assertThat(row.pageUrlHtml()).isNull();
        assertThat(row.spaceHtml()).isEqualTo("ENG");
        assertThat(row.attention()).extracting(LozengeView::textHtml).containsExactly("Ownership record unreadable");
    }
}
