package org.activitylead.core.backfill;

import java.util.List;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.report.LozengeView;

/**
 * What the job's administration screen prints. Every string is already HTML-encoded.
 *
 * @param startedBy the administrator the job runs as, or null before the first start
 * @param start     the start, resume or start-again form, or null while the job runs
 * @param stop      the stop form, or null unless the job runs and no stop was asked for
 * @param refresh   whether the screen reloads itself to show the progress (only while the job runs)
 */
public record BackfillView(
        String titleHtml,
        String introHtml,
        List<MessageView> messages,
        LozengeView state,
        String summaryHtml,
        String doneHtml,
        String totalHtml,
        String startedByLabelHtml,
        PersonView startedBy,
        String updatedHtml,
        String failedLabelHtml,
        List<PageLinkView> failedPages,
        FormView start,
        FormView stop,
        boolean refresh,
        String healthUrlHtml,
        String healthLinkHtml) {

    public BackfillView {
        messages = List.copyOf(messages);
        failedPages = List.copyOf(failedPages);
    }
}
