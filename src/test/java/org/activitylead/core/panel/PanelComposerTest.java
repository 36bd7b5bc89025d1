package org.activitylead.core.panel;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.activitylead.confluence.ConfluenceLinks;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.people.ProfileLinkView;

/** The macro's use case end to end: page parameters in, the rows people read out, through the parser, one lookup per user and the rules. */
class PanelComposerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final FakeUserDirectory directory = new FakeUserDirectory().with(
            aPerson("alice").displayName("Alice <Lead> & Co"),
            aPerson("paul"),
            aPerson("olga"),
            aPerson("gone").displayName("Gina Gone").deactivated());

    private PanelView panel(Map<String, String> parameters) {
        return panel(parameters, OutputMode.INTERACTIVE, Locale.ENGLISH);
    }

    private PanelView panel(Map<String, String> parameters, OutputMode mode, Locale locale) {
        return new PanelComposer(directory, BundleTranslator.of(locale), ConfluenceLinks.below("/wiki"), mode, TODAY).compose(parameters);
    }

    @Test
    void showsTheStatusAsItsLozenge() {
        StatusView status = panel(Map.of("status", "LIVE", "activityLead", "alice")).status();

        assertThat(status.labelHtml()).isEqualTo("Status");
        assertThat(status.cssClasses()).isEqualTo("aui-lozenge aui-lozenge-success");
        assertThat(status.textHtml()).isEqualTo("LIVE");
        assertThat(status.customerFacingHtml()).isNull();
    }

    @Test
    void translatesLabelsAndStatus() {
        PanelView german = panel(Map.of("status", "IN REVIEW", "activityLead", "alice"), OutputMode.INTERACTIVE, Locale.GERMAN);
        PanelView french = panel(Map.of("status", "AT RISK", "activityLead", "alice"), OutputMode.INTERACTIVE, Locale.FRENCH);

        assertThat(german.status().textHtml()).isEqualTo("IM REVIEW");
        assertThat(french.status().textHtml()).isEqualTo("\u00C0 RISQUE");
        assertThat(french.peopleRows().get(0).labelHtml()).isEqualTo("Activity Lead (DRI)");
        assertThat(french.status().labelHtml()).isEqualTo("Statut");
    }

    @Test
    void alwaysShowsTheActivityLeadRowAndLeavesOutEmptyRows() {
        PanelView view = panel(Map.of());

        assertThat(view.peopleRows()).singleElement().satisfies(row -> {
            assertThat(row.labelHtml()).isEqualTo("Activity Lead (DRI)");
            assertThat(row.people()).isEmpty();
            assertThat(row.emptyHtml()).isEqualTo("Not set");
        });
        assertThat(view.reviewBy()).isNull();
    }

    @Test
    void listsTheRowsInPagePropertiesOrder() {
        PanelView view = panel(Map.of("activityLead", "alice", "pm", "paul", "owner", "olga", "reviewers", "paul,olga", "reviewBy", "2027-03-01"));

        assertThat(view.peopleRows()).extracting(PeopleRowView::labelHtml).containsExactly("Activity Lead (DRI)", "PM", "Owner", "Reviewers");
        assertThat(view.peopleRows().get(3).people()).hasSize(2);
        assertThat(view.reviewBy().labelHtml()).isEqualTo("Review by");
        assertThat(view.reviewBy().isoDateHtml()).isEqualTo("2027-03-01");
        assertThat(view.reviewBy().textHtml()).isEqualTo("Mar 1, 2027");
        assertThat(view.messages()).isEmpty();
    }

    @Test
    void showsAPersonWithEncodedNameProfileLinkAndAvatar() {
        PersonView alice = panel(Map.of("activityLead", "alice")).peopleRows().get(0).people().get(0);

        assertThat(alice.displayNameHtml()).isEqualTo("Alice &lt;Lead&gt; &amp; Co");
        assertThat(alice.link()).isEqualTo(new ProfileLinkView("confluence-userlink user-mention", "/wiki/display/~alice", null, "alice"));
        assertThat(alice.avatarUrlHtml()).isEqualTo("/wiki/images/icons/profilepics/alice.png");
        assertThat(alice.cssClasses()).isEqualTo("activity-lead-person");
        assertThat(alice.stateHtml()).isNull();
    }

    @Test
    void leavesAvatarsOutOfExports() {
        PersonView alice = panel(Map.of("activityLead", "alice"), OutputMode.STATIC, Locale.ENGLISH).peopleRows().get(0).people().get(0);

        assertThat(alice.avatarUrlHtml()).isNull();
        assertThat(alice.link().hrefHtml()).isEqualTo("/wiki/display/~alice");
    }

    @Test
    void greysADeactivatedPersonAndMarksThem() {
        PanelView view = panel(Map.of("activityLead", "gone", "owner", "olga"));
        PersonView gone = view.peopleRows().get(0).people().get(0);

        assertThat(gone.cssClasses()).isEqualTo("activity-lead-person activity-lead-person-deactivated");
        assertThat(gone.stateHtml()).isEqualTo("(deactivated)");
        assertThat(view.messages()).singleElement().satisfies(message -> {
            assertThat(message.cssClasses()).isEqualTo("aui-message aui-message-warning");
            assertThat(message.textHtml()).isEqualTo(
                    "Every activity needs exactly one active Activity Lead, and Gina Gone has been deactivated. Ask Olga Example to name one.");
        });
    }

    @Test
    void showsAnUnknownUserWithoutLinkOrAvatar() {
        PersonView unknown = panel(Map.of("activityLead", "JIRAUSER99999")).peopleRows().get(0).people().get(0);

        assertThat(unknown.displayNameHtml()).isEqualTo("Unknown user");
        assertThat(unknown.cssClasses()).isEqualTo("activity-lead-person activity-lead-person-unknown");
        assertThat(unknown.link()).isNull();
        assertThat(unknown.avatarUrlHtml()).isNull();
    }

    @Test
    void showsNoLeadWhenSeveralAreNamed() {
        PanelView view = panel(Map.of("activityLead", "alice,paul"));

        assertThat(view.peopleRows().get(0).people()).isEmpty();
        assertThat(view.peopleRows().get(0).emptyHtml()).isEqualTo("Not set");
        assertThat(view.messages()).singleElement().satisfies(message -> {
            assertThat(message.cssClasses()).isEqualTo("aui-message aui-message-error");
            assertThat(message.textHtml()).startsWith("This page names several Activity Leads.");
        });
    }

    @Test
    void asksAnyoneWhenNobodyCanBeAsked() {
        assertThat(panel(Map.of()).messages()).singleElement().satisfies(message -> assertThat(message.textHtml()).isEqualTo(
                "Every activity needs exactly one Activity Lead, and this page names none. "
                        + "Ask the page owner or a space administrator to name one."));
    }

    @Test
    void marksCustomerFacingWorkAndThePmInTheBackground() {
        PanelView view = panel(Map.of("activityLead", "alice", "pm", "paul", "customerFacing", "true"));

        assertThat(view.status().customerFacingHtml()).isEqualTo("Customer-facing");
        assertThat(view.peopleRows().get(1).noteHtml()).isEqualTo("Supports in the background; the Activity Lead leads.");
        assertThat(view.messages()).isEmpty();
    }

    @Test
    void reportsABadParameterWithoutEchoingIt() {
        PanelView view = panel(Map.of("activityLead", "alice", "status", "<script>alert(1)</script>"));

        assertThat(view.status()).isNull();
        assertThat(view.messages()).singleElement().satisfies(message -> {
            assertThat(message.cssClasses()).isEqualTo("aui-message aui-message-error");
            assertThat(message.textHtml()).startsWith("Status: unknown value.").doesNotContain("script");
        });
    }

    @Test
    void warnsAboutAnOverdueReviewInTheViewersLanguage() {
        PanelView view = panel(Map.of("activityLead", "alice", "reviewBy", "2026-11-01"), OutputMode.INTERACTIVE, Locale.GERMAN);

        assertThat(view.messages()).singleElement().satisfies(message -> {
            assertThat(message.cssClasses()).isEqualTo("aui-message aui-message-warning");
            assertThat(message.textHtml()).isEqualTo("Review \u00FCberf\u00E4llig seit 01.11.2026.");
        });
    }

    @Test
    void putsTheLaterPanelWarningFirstAndKeepsTheOtherFindings() {
        PanelView later = new PanelComposer(directory, BundleTranslator.english(), ConfluenceLinks.below("/wiki"), OutputMode.INTERACTIVE,
                TODAY).compose(Map.of(), true);

        assertThat(later.messages()).extracting(MessageView::cssClasses)
                .containsExactly("aui-message aui-message-warning", "aui-message aui-message-warning");
        assertThat(later.messages().get(0).textHtml()).startsWith("This page already has an Activity Lead panel above.");
        assertThat(later.messages().get(1).textHtml()).startsWith("Every activity needs exactly one Activity Lead");
    }
}
