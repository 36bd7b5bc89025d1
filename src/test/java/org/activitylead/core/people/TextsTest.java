package org.activitylead.core.people;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts english = new Texts(BundleTranslator.english());

    @Test
    void formatsDatesForTheViewersLocale() {
        LocalDate date = LocalDate.of(2026, 12, 31);
        assertThat(english.date(date)).isEqualTo("Dec 31, 2026");
        assertThat(new Texts(BundleTranslator.of(Locale.GERMAN)).date(date)).isEqualTo("31.12.2026");
        assertThat(new Texts(BundleTranslator.of(Locale.FRENCH)).date(date)).isEqualTo("31 déc. 2026");
    }

    @Test
    void fillsInNamesAndCounts() {
        assertThat(english.text("activity-lead.finding.lead-deactivated", "Gina Gone")).endsWith("and Gina Gone has been deactivated.");
        assertThat(english.text("activity-lead.problem.too-many-reviewers", "Reviewers", 20))
                .isEqualTo("Reviewers: at most 20 reviewers. The first 20 are shown.");
    }

    @Test
    void namesAKnownPersonByDisplayNameAndAnUnknownOneAsUnknownUser() {
        assertThat(english.name(aPerson("gina").displayName("Gina Gone").build())).isEqualTo("Gina Gone");
        assertThat(english.name(Person.unknown("nobody"))).isEqualTo("Unknown user");
    }

    @Test
    void keepsArgumentsAsDataNotAsPatterns() {
        assertThat(english.text("activity-lead.ask.contact", "{0} '${7*7}'")).isEqualTo("Ask {0} '${7*7}' to name one.");
    }
}
