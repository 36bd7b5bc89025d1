package org.activitylead.core.backfill;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.activitylead.confluence.ConfluenceLinks;
import org.activitylead.core.panel.MessageView;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

class BackfillViewFactoryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:30:00Z");

    private static BackfillViewFactory factory(Locale locale) {
        ConfluenceLinks links = ConfluenceLinks.below("/wiki");
        return new BackfillViewFactory(BundleTranslator.of(locale), links, links, ZoneOffset.UTC);
    }

    private static BackfillProgress running(int total, int checked, int written, int failed, List<Long> failedPages) {
        return new BackfillProgress(BackfillState.RUNNING, "key-alice", Optional.of(NOW), Optional.of(NOW), total, checked, written, failed,
                failedPages, new Cursor(checked, 990), Optional.empty());
    }

    @Test
    void beforeTheFirstStartOffersToStartAndShowsNoCounts() {
        BackfillView view = factory(Locale.ENGLISH).view(BackfillProgress.notStarted(), false, Optional.empty(), List.of());

        assertThat(view.state().textHtml()).isEqualTo("Not started");
        assertThat(view.state().cssClasses()).isEqualTo("aui-lozenge");
        assertThat(view.summaryHtml()).isNull();
        assertThat(view.startedBy()).isNull();
        assertThat(view.start().labelHtml()).isEqualTo("Start recording");
        assertThat(view.start().actionHtml()).isEqualTo("/wiki/admin/activity-lead/start-recording.action");
        assertThat(view.stop()).isNull();
        assertThat(view.refresh()).isFalse();
        assertThat(view.healthUrlHtml()).isEqualTo("/wiki/admin/activity-lead/health.action");
    }

    @Test
    void whileRunningShowsTheCountsAndOffersOnlyToStop() {
        BackfillView view = factory(Locale.ENGLISH).view(running(120, 50, 30, 2, List.of(410L, 990L)), false,
                Optional.of(aPerson("alice").displayName("Alice <Admin>").build()), List.of());

        assertThat(view.state().cssClasses()).isEqualTo("aui-lozenge aui-lozenge-inprogress");
        assertThat(view.summaryHtml()).isEqualTo("50 of 120 pages checked: 30 records written, 2 failed.");
        assertThat(view.doneHtml()).isEqualTo("50");
        assertThat(view.totalHtml()).isEqualTo("120");
        assertThat(view.startedBy().displayNameHtml()).isEqualTo("Alice &lt;Admin&gt;");
        assertThat(view.updatedHtml()).startsWith("Last progress: ").contains("2026");
        assertThat(view.failedPages()).extracting(PageLinkView::urlHtml)
                .containsExactly("/wiki/pages/viewpage.action?pageId=410", "/wiki/pages/viewpage.action?pageId=990");
        assertThat(view.failedPages()).extracting(PageLinkView::textHtml).containsExactly("Page 410", "Page 990");
        assertThat(view.failedLabelHtml()).contains("(2 in all)");
        assertThat(view.start()).isNull();
        assertThat(view.stop().labelHtml()).isEqualTo("Stop");
        assertThat(view.stop().actionHtml()).isEqualTo("/wiki/admin/activity-lead/stop-recording.action");
        assertThat(view.refresh()).isTrue();
    }

    @Test
    void aStopAskedForIsShownAndNotOfferedAgain() {
        BackfillView view = factory(Locale.ENGLISH).view(running(10, 5, 0, 0, List.of()), true, Optional.empty(), List.of());

        assertThat(view.messages()).extracting(MessageView::cssClasses).containsExactly("aui-message aui-message-info");
        assertThat(view.stop()).isNull();
        assertThat(view.start()).isNull();
    }

    @Test
    void offersToResumeAStoppedJobAndSaysWhyItStopped() {
        BackfillProgress stopped = running(10, 5, 0, 0, List.of()).stoppedFor(BackfillProblem.STARTER_GONE, NOW);

        BackfillView view = factory(Locale.ENGLISH).view(stopped, false, Optional.empty(), List.of());

        assertThat(view.start().labelHtml()).isEqualTo("Resume");
        assertThat(view.state().textHtml()).isEqualTo("Stopped");
        assertThat(view.messages()).extracting(MessageView::cssClasses).containsExactly("aui-message aui-message-warning");
        assertThat(view.messages().get(0).textHtml()).contains("deactivated");
    }

    @Test
    void offersToCheckEveryPageAgainOnceFinished() {
        BackfillProgress finished = running(10, 10, 10, 0, List.of()).ended(BackfillState.FINISHED, Optional.empty(), NOW);

        BackfillView view = factory(Locale.ENGLISH).view(finished, false, Optional.empty(), List.of());

        assertThat(view.start().labelHtml()).isEqualTo("Check all pages again");
        assertThat(view.state().cssClasses()).isEqualTo("aui-lozenge aui-lozenge-success");
        assertThat(view.failedLabelHtml()).isNull();
    }

    @Test
    void aSiteWithoutPanelsShowsAnEmptyBarNotABrokenOne() {
        BackfillProgress finished = running(0, 0, 0, 0, List.of()).ended(BackfillState.FINISHED, Optional.empty(), NOW);

        BackfillView view = factory(Locale.ENGLISH).view(finished, false, Optional.empty(), List.of());

        assertThat(view.totalHtml()).isEqualTo("1");
        assertThat(view.doneHtml()).isEqualTo("0");
    }

    @Test
    void showsTheErrorsOfTheLastRequestFirst() {
        BackfillView view = factory(Locale.ENGLISH).view(BackfillProgress.notStarted(), false, Optional.empty(),
                List.of("activity-lead.backfill.error.schedule"));

        assertThat(view.messages()).extracting(MessageView::cssClasses).containsExactly("aui-message aui-message-error");
        assertThat(view.messages().get(0).textHtml()).startsWith("The job could not be scheduled");
    }

    @Test
    void speaksTheAdministratorsLanguage() {
        BackfillView german = factory(Locale.GERMAN).view(running(120, 50, 30, 2, List.of()), false, Optional.empty(), List.of());
        BackfillView french = factory(Locale.FRENCH).view(running(120, 50, 30, 2, List.of()), false, Optional.empty(), List.of());

        assertThat(german.summaryHtml()).isEqualTo("50 von 120 Seiten geprüft: 30 Einträge geschrieben, 2 fehlgeschlagen.");
        assertThat(german.stop().labelHtml()).isEqualTo("Anhalten");
        assertThat(french.state().textHtml()).isEqualTo("En cours");
    }
}
