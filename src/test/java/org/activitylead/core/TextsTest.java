package org.activitylead.core;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
    void fillsInMembersParametersAndDates() {
        Member gone = new Member(new UserRef("gone"), Optional.of(aPerson("gone").displayName("Gina Gone").build()));

        assertThat(english.text("activity-lead.finding.lead-deactivated", gone)).endsWith("and Gina Gone has been deactivated.");
        assertThat(english.text("activity-lead.problem.not-a-date", Parameter.REVIEW_BY)).startsWith("Review by: not a date.");
        assertThat(english.text("activity-lead.finding.review-due", LocalDate.of(2026, 12, 1))).isEqualTo("Review due Dec 1, 2026.");
    }

    @Test
    void namesAnUnknownMemberAsUnknownUser() {
        assertThat(english.name(new Member(new UserRef("nobody"), Optional.empty()))).isEqualTo("Unknown user");
    }

    @Test
    void keepsArgumentsAsDataNotAsPatterns() {
        Member tricky = new Member(new UserRef("t"), Optional.of(aPerson("t").displayName("{0} '${7*7}'").build()));

        assertThat(english.text("activity-lead.ask.contact", tricky)).isEqualTo("Ask {0} '${7*7}' to name one.");
    }
}
