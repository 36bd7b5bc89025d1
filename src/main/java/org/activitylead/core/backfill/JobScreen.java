package org.activitylead.core.backfill;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.PersonViews;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;
import org.activitylead.core.report.LozengeView;

/**
 * What the screens of the app's long jobs (recording, reassignment) show alike: the job's state as a lozenge, when
 * it was last updated, messages and texts, people; every text translated, every value encoded once. Immutable.
 */
public final class JobScreen {

    private final Texts texts;
    private final PersonViews people;
    private final DateTimeFormatter times;

    /** @param zone the time zone progress times are shown in */
    public JobScreen(Translator translator, ProductLinks productLinks, ZoneId zone) {
        this.texts = new Texts(translator);
        this.people = new PersonViews(texts, productLinks, true, "activity-lead.person.deactivated");
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(translator.locale()).withZone(zone);
    }

    public Texts texts() {
        return texts;
    }

    public PersonViews people() {
        return people;
    }

    /**
     * A job's state by its name, which the jobs' state types share ({@link BackfillState}, and the reassignment's
     * {@code HandoverState}): not started, running, stopped, finished.
     */
    public LozengeView state(Enum<?> state) {
        return switch (state.name()) {
            case "NOT_STARTED" -> new LozengeView("aui-lozenge", text("activity-lead.backfill.state.not-started"));
            case "RUNNING" -> new LozengeView("aui-lozenge aui-lozenge-inprogress", text("activity-lead.backfill.state.running"));
            case "STOPPED" -> new LozengeView("aui-lozenge aui-lozenge-moved", text("activity-lead.backfill.state.stopped"));
            case "FINISHED" -> new LozengeView("aui-lozenge aui-lozenge-success", text("activity-lead.backfill.state.finished"));
            default -> throw new IllegalArgumentException("No job state " + state);
        };
    }

    public String updated(Instant at) {
        return Html.encode(texts.text("activity-lead.backfill.updated", times.format(at)));
    }

    public MessageView message(String cssClasses, String key) {
        return new MessageView(cssClasses, text(key));
    }

    public String text(String key) {
        return Html.encode(texts.text(key));
    }
}
