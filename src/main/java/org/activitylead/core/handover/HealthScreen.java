package org.activitylead.core.handover;

import java.util.List;
import java.util.function.Supplier;
import org.activitylead.core.panel.MessageView;
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
 * The health screen of either product from the activities its host found: who has left and what they hold
 * ({@link OwnershipHealth}), and the activities without a lead. Each person shown is looked up once; a search that
 * fails shows a message, never its error.
 */
public final class HealthScreen {

    private final UserDirectory<?> directory;
    private final Texts texts;
    private final PersonViews people;
    private final ReportLinks links;
    private final HandoverLinks handovers;
    private final HealthWording wording;

    /** @param handovers the reassignment screen, or null where the product has none yet (no button is shown) */
    public HealthScreen(UserDirectory<?> directory, Translator translator, ProductLinks productLinks, ReportLinks links,
                        HandoverLinks handovers, HealthWording wording) {
        this.directory = directory;
        this.texts = new Texts(translator);
        this.people = new PersonViews(texts, productLinks, true, "activity-lead.person.deactivated");
        this.links = links;
        this.handovers = handovers;
        this.wording = wording;
    }

    /**
     * @param find         the host's search for the activities to check, as the viewer
     * @param recordingUrl the recording job's screen, built on the server, or null where there is none
     */
    public HealthView compose(Supplier<ActivitySearch.Found> find, String recordingUrl) {
        ActivitySearch.Found found;
        try {
            found = find.get();
        } catch (RuntimeException e) {
            return view(List.of(message("aui-message aui-message-error", wording.searchError)), null,
                    new OwnershipHealth.Health(List.of(), List.of()), recordingUrl);
        }
        OwnershipHealth.Health health = OwnershipHealth.of(found.hits(), new People(directory));
        List<MessageView> messages = found.total() > found.hits().size()
                ? List.of(message("aui-message aui-message-warning", wording.truncated, found.hits().size(), found.total()))
                : List.of();
        String summary = Html.encode(texts.text(wording.summary, found.hits().size(), health.leavers().size(),
                health.activitiesHeld(), health.withoutLead().size()));
        return view(messages, summary, health, recordingUrl);
    }

    private HealthView view(List<MessageView> messages, String summaryHtml, OwnershipHealth.Health health, String recordingUrl) {
        return new HealthView(
                text(wording.title),
                text(wording.intro),
                messages,
                summaryHtml,
                health.leavers().isEmpty() ? null : text("activity-lead.health.leavers"),
                health.leavers().stream().map(this::leaver).toList(),
                health.withoutLead().isEmpty() ? null : text(wording.withoutLead),
                health.withoutLead().stream().map(this::activity).toList(),
                text("activity-lead.health.column.role"),
                text("activity-lead.health.column.activities"),
                recordingUrl == null ? null : Html.encode(recordingUrl),
                recordingUrl == null ? null : text("activity-lead.health.recording-link"));
    }

    private LeaverView leaver(OwnershipHealth.Leaver leaver) {
        Person person = leaver.person();
        return new LeaverView(
                people.of(person),
                Html.encode(person.known() ? person.username() : person.key()),
                Html.encode(texts.text("activity-lead.health.holds", leaver.activities())),
                handovers == null ? null : Html.encode(handovers.handoverScreen(person.key())),
                handovers == null ? null : text("activity-lead.health.reassign"),
                leaver.holds().entrySet().stream()
                        .map(holding -> new HoldingView(text(wording.roleKey(holding.getKey())),
                                holding.getValue().stream().map(this::activity).toList()))
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
