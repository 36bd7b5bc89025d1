package org.activitylead.core.handover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What the host's audit log is told when a reassignment ends: it finished, or it stopped (an administrator stopped it,
 * or it could not go on). One entry per end, never for the dry run, which changes nothing. The counts are the job's
 * so far, as its screen shows them; the pages are those changed since the job's previous entry (a stopped job that
 * is resumed ends again), at most {@link #PAGES}, so that together the entries name each changed page once.
 * Confluence itself logs every page version at its most verbose level; this entry is the one administrators find at
 * the default level. Immutable.
 *
 * @param end the job's progress as it ended
 * @param pages the changed pages this entry names
 * @param morePages pages changed since the previous entry beyond those named
 */
public record HandoverAudit(HandoverProgress end, List<PageResult> pages, int morePages) {

    /** The most pages one entry names: an entry stays small whatever the job's size. */
    public static final int PAGES = 25;

    public static final String CATEGORY = "activity-lead.audit.category";
    public static final String FINISHED = "activity-lead.audit.handover.finished";
    public static final String STOPPED = "activity-lead.audit.handover.stopped";
    public static final String STOPPED_STARTER_GONE = "activity-lead.audit.handover.stopped.starter-gone";
    public static final String STOPPED_SUCCESSOR_GONE = "activity-lead.audit.handover.stopped.successor-gone";
    public static final String DONE = "activity-lead.audit.handover.done";
    public static final String CHANGED = "activity-lead.audit.handover.changed";
    public static final String SKIPPED = "activity-lead.audit.handover.skipped";
    public static final String FAILED = "activity-lead.audit.handover.failed";
    public static final String MORE_PAGES = "activity-lead.audit.handover.more-pages";

    public HandoverAudit {
        if (!ended(end) || morePages < 0 || pages.size() > PAGES) {
            throw new IllegalArgumentException("An audit entry is for the end of a reassignment");
        }
        pages = List.copyOf(pages);
    }

    /**
     * Whether this progress is the end of a reassignment that the audit log has not been told yet: {@code audited} is
     * the end last told, so a later run that finds the same end (its node died before the schedule was removed) tells
     * nothing again, while the end of a resumed job is a new one.
     */
    public static boolean due(HandoverProgress now, Optional<HandoverProgress> audited) {
        return ended(now) && !audited.equals(Optional.of(now));
    }

    /** The entry for this end, its pages read batch by batch from the job's results since the previous entry. */
    public static HandoverAudit of(HandoverProgress end, Optional<HandoverProgress> audited, IntFunction<List<PageResult>> results) {
        int from = audited.filter(before -> sameJob(before, end) && before.done() <= end.done()).map(HandoverProgress::done).orElse(0);
        List<PageResult> changed = new ArrayList<>();
        int more = 0;
        for (int batch = from / HandoverRun.BATCH; batch * HandoverRun.BATCH < end.done(); batch++) {
            for (PageResult result : results.apply(batch)) {
                if (result.outcome().kind() != PageOutcome.Kind.CHANGED) {
                    continue;
                }
                if (changed.size() < PAGES) {
                    changed.add(result);
                } else {
                    more++;
                }
            }
        }
        return new HandoverAudit(end, changed, more);
    }

    /** The summary's i18n key: finished, or stopped with its reason where it could not go on. */
    public String summaryKey() {
        if (end.state() == HandoverState.FINISHED) {
            return FINISHED;
        }
        return end.problem().map(why -> switch (why) {
            case STARTER_GONE -> STOPPED_STARTER_GONE;
            case SUCCESSOR_GONE -> STOPPED_SUCCESSOR_GONE;
        }).orElse(STOPPED);
    }

    public HandoverRequest request() {
        return end.request().orElseThrow();
    }

    /** The entry's extra attributes, as i18n key and value, in the order shown. */
    public List<Attribute> attributes() {
        List<Attribute> attributes = new ArrayList<>(List.of(new Attribute(DONE, end.done() + " / " + end.total()),
                new Attribute(CHANGED, Integer.toString(end.changed())), new Attribute(SKIPPED, Integer.toString(end.skipped())),
                new Attribute(FAILED, Integer.toString(end.failed()))));
        if (morePages > 0) {
            attributes.add(new Attribute(MORE_PAGES, Integer.toString(morePages)));
        }
        return List.copyOf(attributes);
    }

    /** One extra attribute: its name's i18n key and its value, as the audit log shows it. */
    public record Attribute(String key, String value) {
    }

    private static boolean ended(HandoverProgress progress) {
        return progress.mode() == HandoverMode.REASSIGN
                && (progress.state() == HandoverState.FINISHED || progress.state() == HandoverState.STOPPED);
    }

    /** The same pass: a resumed job keeps its request and its start. */
    private static boolean sameJob(HandoverProgress a, HandoverProgress b) {
        return a.mode() == b.mode() && a.request().equals(b.request()) && a.startedAt().equals(b.startedAt());
    }
}
