package org.activitylead.core.handover;

import java.util.List;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.PersonViews;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;
import org.activitylead.core.report.ReportLinks;

/**
 * The health screen, end to end: search the recorded ownership as the viewer (never a page body), over the whole site
 * or one space ({@link HealthScope}), find who has left and what they hold ({@link OwnershipHealth}), and build the
 * view. Each person shown is looked up once. The site-wide screens (recording, reassignment) are linked only for a
 * site administrator.
 */
public final class HealthComposer {

    /** Enough for a large site's screen to stay fast; beyond it the screen says how many it left out. */
    public static final int LIMIT = 2000;

    private final ActivitySearch search;
    private final UserDirectory<?> directory;
    private final Texts texts;
    private final PersonViews people;
    private final ReportLinks links;
    private final HandoverLinks handovers;

    public HealthComposer(ActivitySearch search, UserDirectory<?> directory, Translator translator, ProductLinks productLinks,
                          ReportLinks links, HandoverLinks handovers) {
        this.handovers = handovers;
        this.search = search;
        this.directory = directory;
        this.texts = new Texts(translator);
        this.people = new PersonViews(texts, productLinks, true, "activity-lead.person.deactivated");
        this.links = links;
    }

    /** The whole site, for the administration console. */
    public HealthView compose(String recordingUrl) {
        return compose(HealthScope.site(), recordingUrl);
    }

    /** @param recordingUrl the recording job's screen, built on the server; shown only to a site administrator */
    public HealthView compose(HealthScope scope, String recordingUrl) {
        ActivitySearch.Found found;
        try {
            found = search.find(scope.cql(), LIMIT);
        } catch (RuntimeException e) {
            return view(scope, List.of(message("aui-message aui-message-error", "activity-lead.health.error.search")), null,
                    new OwnershipHealth.Health(List.of(), List.of()), recordingUrl);
        }
        OwnershipHealth.Health health = OwnershipHealth.of(found.hits(), new People(directory));
        List<MessageView> messages = found.total() > found.hits().size()
                ? List.of(message("aui-message aui-message-warning", "activity-lead.health.truncated", found.hits().size(), found.total()))
                : List.of();
        String summary = Html.encode(texts.text("activity-lead.health.summary", found.hits().size(), health.leavers().size(),
                health.activitiesHeld(), health.withoutLead().size()));
        return view(scope, messages, summary, health, recordingUrl);
    }

    private HealthView view(HealthScope scope, List<MessageView> messages, String summaryHtml, OwnershipHealth.Health health,
                            String recordingUrl) {
        boolean siteTools = scope.siteAdministrator();
        return new HealthView(
                text("activity-lead.health.title"),
                scope.space().map(key -> Html.encode(texts.text("activity-lead.health.space.intro", key.value())))
                        .orElseGet(() -> text("activity-lead.health.intro")),
                messages,
                summaryHtml,
                health.leavers().isEmpty() ? null : text("activity-lead.health.leavers"),
                health.leavers().stream().map(leaver -> leaver(leaver, siteTools)).toList(),
                health.withoutLead().isEmpty() ? null : text("activity-lead.health.without-lead"),
                health.withoutLead().stream().map(this::activity).toList(),
                text("activity-lead.health.column.role"),
                text("activity-lead.health.column.activities"),
                siteTools ? Html.encode(recordingUrl) : null,
                siteTools ? text("activity-lead.health.recording-link") : null,
                siteTools ? null : text("activity-lead.health.space.site-only"));
    }

    private LeaverView leaver(OwnershipHealth.Leaver leaver, boolean siteTools) {
        Person person = leaver.person();
        return new LeaverView(
                people.of(person),
                Html.encode(person.known() ? person.username() : person.key()),
                Html.encode(texts.text("activity-lead.health.holds", leaver.activities())),
                siteTools ? Html.encode(handovers.handoverScreen(person.key())) : null,
                siteTools ? text("activity-lead.health.reassign") : null,
                leaver.holds().entrySet().stream()
                        .map(holding -> new HoldingView(text(holding.getKey().labelKey()), holding.getValue().stream().map(this::activity).toList()))
                        .toList());
    }

    private ActivityLinkView activity(ReportHit hit) {
        return new ActivityLinkView(links.page(hit.webPath()).map(Html::encode).orElse(null), Html.encode(hit.title()),
                Html.encode(hit.spaceName().isEmpty() ? hit.spaceKey() : hit.spaceName()));
    }

    private MessageView message(String cssClasses, String key, Object... arguments) {
        return new MessageView(cssClasses, Html.encode(texts.text(key, arguments)));
    }

    private String text(String key) {
        return Html.encode(texts.text(key));
    }
}
