package org.activitylead.core.panel;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activitylead.core.panel.Finding.Argument;
import org.activitylead.core.panel.Finding.Message;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.Texts;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

class FindingTest {

    private final Texts english = new Texts(BundleTranslator.english());

    @Test
    void formatsAPersonByDisplayNameAndAnUnknownOneAsUnknown() {
        Message ask = new Message("activity-lead.ask.contact", List.of(Argument.person(aPerson("olga").build())));
        Message askNobody = new Message("activity-lead.ask.contact", List.of(Argument.person(Person.unknown("ghost"))));

        assertThat(ask.in(english)).isEqualTo("Ask Olga Example to name one.");
        assertThat(askNobody.in(english)).isEqualTo("Ask Unknown user to name one.");
    }

    @Test
    void formatsDatesInTheViewersLocale() {
        Message due = new Message("activity-lead.finding.review-due", List.of(Argument.date(LocalDate.of(2026, 3, 5))));

        assertThat(due.in(english)).isEqualTo("Review due Mar 5, 2026.");
        assertThat(due.in(new Texts(BundleTranslator.of(Locale.GERMAN)))).contains("05.03.2026");
    }

    @Test
    void namesAParameterByItsTranslatedLabelAndKeepsCountsAsNumbers() {
        Message tooMany = new Message("activity-lead.problem.too-many-reviewers",
                List.of(Argument.label(Parameter.REVIEWERS), Argument.count(Ownership.MAX_REVIEWERS)));

        assertThat(tooMany.in(english)).isEqualTo("Reviewers: at most 20 reviewers. The first 20 are shown.");
    }

    @Test
    void keepsItsOwnCopyOfTheArguments() {
        List<Argument> arguments = new ArrayList<>(List.of(Argument.count(1)));
        Message message = new Message("activity-lead.problem.too-many-reviewers", arguments);

        arguments.add(Argument.count(2));

        assertThat(message.arguments()).hasSize(1);
    }

    @Test
    void asksSomethingOnlyWhenToldTo() {
        Finding missing = Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-missing");
        Message ask = new Message("activity-lead.ask.anyone", List.of());

        assertThat(missing.ask()).isEmpty();
        assertThat(missing.asking(ask).ask()).contains(ask);
        assertThat(missing.asking(ask).message()).isEqualTo(missing.message());
    }
}
