package org.activitylead.core.handover;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

/**
 * The health screen of either product from the activities its host found: who has left and what they hold
 * ({@link OwnershipHealth}), and the activities without a lead. Each person shown is looked up once; a search that
 * fails shows a message, never its error.
 */
public final class HealthScreen {

    /** Enough for a large site's screen to stay fast; beyond it the screen says how many it left out. */
    public static final int LIMIT = 2000;

    private final UserDirectory<?> directory;
    private final Texts texts;
    private final PersonViews people;
    private final Function<String, Optional<String>> pageLinks;
    private final HandoverLinks handovers;
    private final HealthWording wording;

    /**
     * @param pageLinks an activity's link from the host's path to it, when that is a plain path below the site
     * @param handovers the reassignment screen for this viewer's scope (the site's, a space's, the projects they
     *                  administer), or null where they have none (no button is shown)
     */
    public HealthScreen(UserDirectory<?> directory, Translator translator, ProductLinks productLinks,
                        Function<String, Optional<String>> pageLinks, HandoverLinks handovers, HealthWording wording) {
        this.directory = directory;
        this.texts = new Texts(translator);
        this.people = new PersonViews(texts, productLinks, true, "activity-lead.person.deactivated");
        this.pageLinks = pageLinks;
        this.handovers = handovers;
        this.wording = wording;
    }

    /**
     * @param find         the host's search for the activities to check, as the viewer
     * @param introHtml    the screen's introduction, encoded, or null for the product's own
     * @param siteTools    whether the viewer may use the site-wide screens (recording); if not, a note says where
     *                     those are, where the product has them
     * @param recordingUrl the recording job's screen, built on the server, or null where there is none
     */
    public HealthView compose(Supplier<ActivitySearch.Found> find, String introHtml, boolean siteTools, String recordingUrl) {
        Page page = new Page(introHtml == null ? text(wording.intro) : introHtml, siteTools, recordingUrl);
        ActivitySearch.Found found;
        try {
            found = find.get();
        } catch (RuntimeException e) {
            return view(page, List.of(message("aui-message aui-message-error", wording.searchError)), null,
                    new OwnershipHealth.Health(List.of(), List.of()));
        }
        OwnershipHealth.Health health = OwnershipHealth.of(found.hits(), new People(directory));
        List<MessageView> messages = found.total() > found.hits().size()
                ? List.of(message("aui-message aui-message-warning", wording.truncated, found.hits().size(), found.total()))
                : List.of();
        String summary = Html.encode(texts.text(wording.summary, found.hits().size(), health.leavers().size(),
                health.activitiesHeld(), health.withoutLead().size()));
        return view(page, messages, summary, health);
    }

    /** What the screen shows around the findings. */
    private record Page(String introHtml, boolean siteTools, String recordingUrl) {
        boolean recording() {
            return siteTools && recordingUrl != null;
        }
    }

    private HealthView view(Page page, List<MessageView> messages, String summaryHtml, OwnershipHealth.Health health) {
        return new HealthView(
                text(wording.title),
                page.introHtml(),
                messages,
                summaryHtml,
                health.leavers().isEmpty() ? null : text("activity-lead.health.leavers"),
                health.leavers().stream().map(this::leaver).toList(),
                health.withoutLead().isEmpty() ? null : text(wording.withoutLead),
                health.withoutLead().stream().map(this::activity).toList(),
                text("activity-lead.health.column.role"),
                text(wording.activitiesColumn),
                page.recording() ? Html.encode(page.recordingUrl()) : null,
                page.recording() ? text("activity-lead.health.recording-link") : null,
                page.siteTools() || wording.siteOnly == null ? null : text(wording.siteOnly));
    }

    private LeaverView leaver(OwnershipHealth.Leaver leaver) {
        Person person = leaver.person();
        boolean reassign = handovers != null;
        return new LeaverView(
                people.of(person),
                Html.encode(person.known() ? person.username() : person.key()),
                Html.encode(texts.text(wording.holds, leaver.activities())),
                reassign ? Html.encode(handovers.handoverScreen(person.key())) : null,
                reassign ? text("activity-lead.health.reassign") : null,
                leaver.holds().entrySet().stream()
                        .map(holding -> new HoldingView(text(wording.roleKey(holding.getKey())),
                                holding.getValue().stream().map(this::activity).toList()))
                        .toList());
    }

    private ActivityLinkView activity(ReportHit hit) {
        return new ActivityLinkView(pageLinks.apply(hit.webPath()).map(Html::encode).orElse(null), Html.encode(hit.title()),
                Html.encode(hit.spaceName().isEmpty() ? hit.spaceKey() : hit.spaceName()));
    }

    private MessageView message(String cssClasses, String key, Object... arguments) {
        return new MessageView(cssClasses, Html.encode(texts.text(key, arguments)));
    }

    private String text(String key) {
        return Html.encode(texts.text(key));
    }
}
