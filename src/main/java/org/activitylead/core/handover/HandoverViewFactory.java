package org.activitylead.core.handover;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.activitylead.core.backfill.JobScreen;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Translator;

/** Builds the reassignment screen from the chosen leaver and the stored job: every text translated, every value encoded once. */
public final class HandoverViewFactory {

    private final JobScreen screen;
    private final HandoverLinks links;
    private final HandoverWording wording;

    /** @param zone the time zone progress times are shown in */
    public HandoverViewFactory(Translator translator, ProductLinks productLinks, HandoverLinks links, ZoneId zone, HandoverWording wording) {
        this.screen = new JobScreen(translator, productLinks, zone);
        this.links = links;
        this.wording = wording;
    }

    /**
     * The stored job, with its people looked up once and the results of its batches so far; {@code viewerMayChange}
     * false for an administrator of a part who did not start it, who is offered no confirmation, stop or resume.
     */
    public record Job(HandoverProgress progress, Optional<Person> leaver, Optional<Person> successor, List<PageResult> results,
                      boolean stopRequested, boolean viewerMayChange) {
        public Job {
            results = List.copyOf(results);
        }

        public Job(HandoverProgress progress, Optional<Person> leaver, Optional<Person> successor, List<PageResult> results, boolean stopRequested) {
            this(progress, leaver, successor, results, stopRequested, true);
        }
    }

    /**
     * @param chosen      the leaver chosen on the health screen, looked up once; empty when none was
     * @param messageKeys messages about the administrator's last request (a job already running, a refused form)
     */
    public HandoverView view(Optional<Person> chosen, Job job, List<String> messageKeys) {
        HandoverProgress progress = job.progress();
        List<MessageView> messages = new ArrayList<>();
        messageKeys.forEach(key -> messages.add(message("aui-message aui-message-error", key)));
        progress.problem().ifPresent(problem -> messages.add(message("aui-message aui-message-warning", problem.messageKey())));
        if (progress.running() && job.stopRequested()) {
            messages.add(message("aui-message aui-message-info", "activity-lead.handover.job.stopping"));
        }
        if (chosen.isEmpty() && progress.state() == HandoverState.NOT_STARTED) {
            messages.add(message("aui-message aui-message-info", "activity-lead.handover.none-chosen"));
        }
        return new HandoverView(
                text("activity-lead.handover.title"),
                text("activity-lead.handover.intro"),
                messages,
                progress.running() ? null : chosen.map(this::form).orElse(null),
                progress.state() == HandoverState.NOT_STARTED ? null : job(job),
                job.viewerMayChange() ? confirm(progress) : null,
                progress.running(),
                Html.encode(links.healthScreen()),
                text("activity-lead.handover.health-link"));
    }

    private HandoverFormView form(Person leaver) {
        List<RoleChoiceView> roles = new ArrayList<>();
        for (Role role : wording.roles()) {
            roles.add(choice(role, true));
        }
        return new HandoverFormView(Html.encode(links.dryRun()), text("activity-lead.handover.form.heading"), screen.people().of(leaver),
                username(leaver), Html.encode(leaver.key()), text("activity-lead.handover.form.roles"), roles,
                text("activity-lead.handover.form.successor"), text("activity-lead.handover.form.successor-hint"),
                text("activity-lead.handover.form.dry-run"));
    }

    private HandoverJobView job(Job job) {
        HandoverProgress progress = job.progress();
        boolean dryRun = progress.mode() == HandoverMode.DRY_RUN;
        HandoverRequest request = progress.request().orElseThrow();
        Person leaver = job.leaver().orElseGet(() -> Person.unknown(request.leaverKey()));
        Person successor = job.successor().orElseGet(() -> Person.unknown(request.successorKey()));
        return new HandoverJobView(
                text(dryRun ? "activity-lead.handover.job.dry-run" : "activity-lead.handover.job.reassign"),
                screen.state(progress.state()),
                format("activity-lead.handover.job.roles", roles(request.roles())),
                text("activity-lead.handover.job.from"),
                screen.people().of(leaver),
                username(leaver),
                text("activity-lead.handover.job.to"),
                screen.people().of(successor),
                username(successor),
                format("activity-lead.handover.job.summary", progress.done(), progress.total()),
                // A progress bar needs a maximum above zero: a job without pages shows a full bar.
                Integer.toString(progress.total() == 0 ? 1 : progress.done()),
                Integer.toString(Math.max(1, progress.total())),
                format(dryRun ? "activity-lead.handover.job.counts.dry-run" : "activity-lead.handover.job.counts.reassign",
                        progress.changed(), progress.skipped(), progress.failed()),
                progress.updatedAt().map(screen::updated).orElse(null),
                progress.running() && !job.stopRequested() && job.viewerMayChange() ? new ActionView(Html.encode(links.stopHandover()), text("activity-lead.handover.job.stop")) : null,
                progress.state() == HandoverState.STOPPED && job.viewerMayChange() ? new ActionView(Html.encode(links.resumeHandover()), text("activity-lead.handover.job.resume")) : null,
                job.results().isEmpty() ? null : text(dryRun ? "activity-lead.handover.job.results.dry-run" : "activity-lead.handover.job.results.reassign"),
                job.results().stream().map(result -> row(result, dryRun)).toList(),
                wording.roles().size() > 1);
    }

    /** Offered once the dry run of a request has finished and found a page to change. */
    private ConfirmView confirm(HandoverProgress progress) {
        if (progress.state() != HandoverState.FINISHED || progress.mode() != HandoverMode.DRY_RUN || progress.changed() == 0) {
            return null;
        }
        HandoverRequest request = progress.request().orElseThrow();
        return new ConfirmView(Html.encode(links.reassign()), Html.encode(request.leaverKey()),
                EnumSet.copyOf(request.roles()).stream().map(role -> choice(role, true)).toList(),
                Html.encode(request.successorKey()), format("activity-lead.handover.confirm", progress.changed()));
    }

    /** A role as a form value: its fixed name, never text from a page. */
    private RoleChoiceView choice(Role role, boolean checked) {
        String value = role.name().toLowerCase(Locale.ROOT);
        return new RoleChoiceView("activity-lead-handover-role-" + value, value, text(wording.roleKey(role)), checked);
    }

    private ResultRowView row(PageResult result, boolean dryRun) {
        String outcomeKey = result.outcome() == PageOutcome.CHANGED && dryRun ? "activity-lead.handover.outcome.would-change"
                : result.outcome().messageKey();
        String css = switch (result.outcome().kind()) {
            case CHANGED -> "activity-lead-handover-changed";
            case SKIPPED -> "activity-lead-handover-skipped";
            case FAILED -> "activity-lead-handover-failed";
        };
        String title = result.title().isEmpty() ? screen.texts().text(wording.key("activity-lead.handover.untitled"), Long.toString(result.pageId()))
                : result.title();
        String shown = result.key().isEmpty() ? title : result.key() + " " + title;
        return new ResultRowView(result.outcome() == PageOutcome.GONE ? null : Html.encode(links.result(result)), Html.encode(shown),
                css, format(outcomeKey, result.reason()), result.roles().isEmpty() ? null : Html.encode(roles(result.roles())));
    }

    private String roles(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(role -> screen.texts().text(wording.roleKey(role))).collect(Collectors.joining(", "));
    }

    /** The username beside the name; for a user the host no longer knows, the reference the pages hold. */
    private static String username(Person person) {
        return Html.encode(person.known() ? person.username() : person.key());
    }

    private String text(String key) {
        return screen.text(wording.key(key));
    }

    private String format(String key, Object... arguments) {
        return Html.encode(screen.texts().text(wording.key(key), arguments));
    }

    private MessageView message(String cssClasses, String key) {
        return screen.message(cssClasses, wording.key(key));
    }
}
