package org.activitylead.core.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.activitylead.confluence.ConfluenceLinks;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

/** What both job screens show alike. */
class JobScreenTest {

    private static JobScreen screen(Locale locale) {
        return new JobScreen(BundleTranslator.of(locale), ConfluenceLinks.below("/wiki"), ZoneOffset.UTC);
    }

    @Test
    void everyStateOfEitherJobHasItsLozengeAndBothJobsShowAStateAlike() {
        JobScreen screen = screen(Locale.ENGLISH);

        for (BackfillState state : BackfillState.values()) {
            assertThat(screen.state(state)).isEqualTo(screen.state(HandoverState.valueOf(state.name())));
        }
        for (HandoverState state : HandoverState.values()) {
            assertThat(screen.state(state).textHtml()).isNotBlank();
        }
        assertThat(screen.state(HandoverState.STOPPED).cssClasses()).isEqualTo("aui-lozenge aui-lozenge-moved");
        assertThat(screen.state(BackfillState.RUNNING).textHtml()).isEqualTo("Running");
    }

    @Test
    void refusesAStateNoJobHas() {
        assertThatThrownBy(() -> screen(Locale.ENGLISH).state(Locale.Category.FORMAT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsAreTranslatedAndEncodedOnce() {
        JobScreen screen = screen(Locale.GERMAN);

        assertThat(screen.text("activity-lead.backfill.state.finished")).isNotEqualTo(screen(Locale.ENGLISH).text("activity-lead.backfill.state.finished"));
        assertThat(screen.updated(Instant.parse("2026-12-03T09:30:00Z"))).contains("09:30");
        assertThat(screen.message("aui-message", "activity-lead.backfill.stopping").cssClasses()).isEqualTo("aui-message");
    }
}
