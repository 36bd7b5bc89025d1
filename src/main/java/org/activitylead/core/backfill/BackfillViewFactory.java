package org.activitylead.core.backfill;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.PersonViews;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;
import org.activitylead.core.report.LozengeView;

/** Builds the job's screen from its stored progress: every text translated, every value encoded once. */
public final class BackfillViewFactory {

    private final Texts texts;
    private final PersonViews people;
    private final BackfillLinks links;
    private final DateTimeFormatter times;

    /** @param zone the time zone progress times are shown in */
    public BackfillViewFactory(Translator translator, ProductLinks productLinks, BackfillLinks links, ZoneId zone) {
        this.texts = new Texts(translator);
        this.people = new PersonViews(texts, productLinks, true, "activity-lead.person.deactivated");
        this.links = links;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(translator.locale()).withZone(zone);
    }

    /**
     * @param starter   the administrator the job runs as, looked up once; empty before the first start
     * @param errorKeys messages about the administrator's last request (such as a schedule that failed)
     */
    public BackfillView view(BackfillProgress progress, boolean stopRequested, Optional<Person> starter, List<String> errorKeys) {
        List<MessageView> messages = new ArrayList<>();
        errorKeys.forEach(key -> messages.add(message("aui-message aui-message-error", key)));
        progress.problem().ifPresent(problem -> messages.add(message("aui-message aui-message-warning", problem.messageKey())));
        boolean stopping = progress.running() && stopRequested;
        if (stopping) {
            messages.add(message("aui-message aui-message-info", "activity-lead.backfill.stopping"));
        }
        return new BackfillView(
                text("activity-lead.backfill.title"),
                text("activity-lead.backfill.intro"),
                messages,
                state(progress.state()),
                progress.state() == BackfillState.NOT_STARTED ? null
                        : Html.encode(texts.text("activity-lead.backfill.summary", progress.checked(), progress.total(), progress.written(), progress.failed())),
                // A progress bar needs a maximum above zero: an empty search shows an empty bar.
                Integer.toString(Math.min(progress.checked(), Math.max(1, progress.total()))),
                Integer.toString(Math.max(1, progress.total())),
                text("activity-lead.backfill.started-by"),
                starter.map(people::of).orElse(null),
                progress.updatedAt().map(this::updated).orElse(null),
                progress.failedPages().isEmpty() ? null : Html.encode(texts.text("activity-lead.backfill.failed-pages", progress.failed())),
                progress.failedPages().stream().map(this::failedPage).toList(),
                progress.running() ? null : new FormView(Html.encode(links.startRecording()), text(startLabel(progress.state()))),
                progress.running() && !stopping ? new FormView(Html.encode(links.stopRecording()), text("activity-lead.backfill.stop")) : null,
                progress.running(),
                Html.encode(links.healthScreen()),
                text("activity-lead.backfill.health-link"));
    }

    private static String startLabel(BackfillState state) {
        return switch (state) {
            case NOT_STARTED, RUNNING -> "activity-lead.backfill.start";
            case STOPPED -> "activity-lead.backfill.resume";
            case FINISHED -> "activity-lead.backfill.start-again";
        };
    }

    private LozengeView state(BackfillState state) {
        return switch (state) {
            case NOT_STARTED -> new LozengeView("aui-lozenge", text("activity-lead.backfill.state.not-started"));
            case RUNNING -> new LozengeView("aui-lozenge aui-lozenge-inprogress", text("activity-lead.backfill.state.running"));
            case STOPPED -> new LozengeView("aui-lozenge aui-lozenge-moved", text("activity-lead.backfill.state.stopped"));
            case FINISHED -> new LozengeView("aui-lozenge aui-lozenge-success", text("activity-lead.backfill.state.finished"));
        };
    }

    private String updated(Instant at) {
        return Html.encode(texts.text("activity-lead.backfill.updated", times.format(at)));
    }

    private PageLinkView failedPage(long pageId) {
        return new PageLinkView(Html.encode(links.content(pageId)), Html.encode(texts.text("activity-lead.backfill.failed-page", Long.toString(pageId))));
    }

    private MessageView message(String cssClasses, String key) {
        return new MessageView(cssClasses, text(key));
    }

    private String text(String key) {
        return Html.encode(texts.text(key));
    }
}
