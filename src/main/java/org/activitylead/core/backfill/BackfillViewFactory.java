package org.activitylead.core.backfill;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Translator;

/** Builds the job's screen from its stored progress: every text translated, every value encoded once. */
public final class BackfillViewFactory {

    private final JobScreen screen;
    private final BackfillLinks links;

    /** @param zone the time zone progress times are shown in */
    public BackfillViewFactory(Translator translator, ProductLinks productLinks, BackfillLinks links, ZoneId zone) {
        this.screen = new JobScreen(translator, productLinks, zone);
        this.links = links;
    }

    /**
     * @param starter   the administrator the job runs as, looked up once; empty before the first start
     * @param errorKeys messages about the administrator's last request (such as a schedule that failed)
     */
    public BackfillView view(BackfillProgress progress, boolean stopRequested, Optional<Person> starter, List<String> errorKeys) {
        List<MessageView> messages = new ArrayList<>();
        errorKeys.forEach(key -> messages.add(screen.message("aui-message aui-message-error", key)));
        progress.problem().ifPresent(problem -> messages.add(screen.message("aui-message aui-message-warning", problem.messageKey())));
        boolean stopping = progress.running() && stopRequested;
        if (stopping) {
            messages.add(screen.message("aui-message aui-message-info", "activity-lead.backfill.stopping"));
        }
        return new BackfillView(
                screen.text("activity-lead.backfill.title"),
                screen.text("activity-lead.backfill.intro"),
                messages,
                screen.state(progress.state()),
                progress.state() == BackfillState.NOT_STARTED ? null
                        : Html.encode(screen.texts().text("activity-lead.backfill.summary", progress.checked(), progress.total(), progress.written(), progress.failed())),
                // A progress bar needs a maximum above zero: an empty search shows an empty bar.
                Integer.toString(Math.min(progress.checked(), Math.max(1, progress.total()))),
                Integer.toString(Math.max(1, progress.total())),
                screen.text("activity-lead.backfill.started-by"),
                starter.map(screen.people()::of).orElse(null),
                progress.updatedAt().map(screen::updated).orElse(null),
                progress.failedPages().isEmpty() ? null : Html.encode(screen.texts().text("activity-lead.backfill.failed-pages", progress.failed())),
                progress.failedPages().stream().map(this::failedPage).toList(),
                progress.running() ? null : new FormView(Html.encode(links.startRecording()), screen.text(startLabel(progress.state()))),
                progress.running() && !stopping ? new FormView(Html.encode(links.stopRecording()), screen.text("activity-lead.backfill.stop")) : null,
                progress.running(),
                Html.encode(links.healthScreen()),
                screen.text("activity-lead.backfill.health-link"));
    }

    private static String startLabel(BackfillState state) {
        return switch (state) {
            case NOT_STARTED, RUNNING -> "activity-lead.backfill.start";
            case STOPPED -> "activity-lead.backfill.resume";
            case FINISHED -> "activity-lead.backfill.start-again";
        };
    }



    private PageLinkView failedPage(long pageId) {
        return new PageLinkView(Html.encode(links.content(pageId)), Html.encode(screen.texts().text("activity-lead.backfill.failed-page", Long.toString(pageId))));
    }


}
