package org.activitylead.core.panel;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.activitylead.confluence.ConfluenceLinks;
import org.activitylead.core.panel.Finding.Argument;
import org.activitylead.core.panel.Finding.Message;
import org.activitylead.core.people.Texts;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

/** The view factory only maps: an activity and an assessment built by hand, never parsed nor judged here. */
class PanelViewFactoryTest {

    private static final Assessment NOTHING_TO_SAY = new Assessment(List.of(), Optional.empty(), false);

    private final PanelViewFactory factory =
            new PanelViewFactory(new Texts(BundleTranslator.english()), ConfluenceLinks.below("/wiki"), OutputMode.INTERACTIVE);

    @Test
    void showsEachFindingWithItsSeverityAndAppendsWhatToAsk() {
        Finding missing = new Finding(Finding.Severity.WARNING, new Message("activity-lead.finding.lead-missing", List.of()),
                Optional.of(new Message("activity-lead.ask.contact", List.of(Argument.person(aPerson("olga").build())))));
        Finding overdue = Finding.of(Finding.Severity.ERROR, "activity-lead.finding.review-overdue",
                Argument.date(LocalDate.of(2026, 1, 31)));

        List<MessageView> messages = factory.create(anActivity().build(),
                new Assessment(List.of(missing, overdue), Optional.empty(), false)).messages();

        assertThat(messages).extracting(MessageView::cssClasses)
                .containsExactly("aui-message aui-message-warning", "aui-message aui-message-error");
        assertThat(messages).extracting(MessageView::textHtml).containsExactly(
                "Every activity needs exactly one Activity Lead, and this page names none. Ask Olga Example to name one.",
                "Review overdue since Jan 31, 2026.");
    }

    @Test
    void notesThePmInTheBackgroundOnlyWhenTheAssessmentSaysSo() {
        var activity = anActivity().ledBy(aPerson("tina")).pm(aPerson("paul")).customerFacing().build();

        PeopleRowView supporting = factory.create(activity, new Assessment(List.of(), Optional.empty(), true)).peopleRows().get(1);
        PeopleRowView leading = factory.create(activity, NOTHING_TO_SAY).peopleRows().get(1);

        assertThat(supporting.noteHtml()).isEqualTo("Supports in the background; the Activity Lead leads.");
        assertThat(leading.noteHtml()).isNull();
    }

    @Test
    void listsTheLeadPmOwnerAndReviewersInPagePropertiesOrder() {
        var activity = anActivity().ledBy(aPerson("alice")).pm(aPerson("paul")).owner(aPerson("olga"))
                .reviewBy(LocalDate.of(2026, 12, 24)).build();
        var undated = anActivity().ledBy(aPerson("alice")).build();

        PanelView view = factory.create(activity, NOTHING_TO_SAY);

        assertThat(view.peopleRows()).extracting(PeopleRowView::labelHtml).containsExactly("Activity Lead (DRI)", "PM", "Owner");
        assertThat(view.peopleRows()).flatExtracting(PeopleRowView::people).extracting(person -> person.link().dataUsernameHtml())
                .containsExactly("alice", "paul", "olga");
        assertThat(view.reviewBy().isoDateHtml()).isEqualTo("2026-12-24");
        assertThat(factory.create(undated, NOTHING_TO_SAY).reviewBy()).isNull();
    }

    @Test
    void saysNotSetWhenNoSingleLeadIsNamed() {
        var several = anActivity().ledBy(aPerson("alice"), aPerson("bob")).build();

        PeopleRowView lead = factory.create(several, NOTHING_TO_SAY).peopleRows().get(0);

        assertThat(lead.people()).isEmpty();
        assertThat(lead.emptyHtml()).isEqualTo("Not set");
    }

    @Test
    void leavesTheStatusOutWhenThePageSetsNone() {
        var noStatus = new Ownership(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), false,
                Optional.empty(), List.of());

        assertThat(factory.create(noStatus, NOTHING_TO_SAY).status()).isNull();
        assertThat(factory.create(anActivity().customerFacing().build(), NOTHING_TO_SAY).status().customerFacingHtml())
                .isEqualTo("Customer-facing");
    }
}
