package org.activitylead.core.report;

import java.util.List;
import org.activitylead.core.panel.MessageView;

/**
 * What the report macro's templates print. Every string is already HTML-encoded. Exactly one of {@code table} and
 * {@code people} is set when something matched (the layout asked for); neither when no search ran (a bad parameter,
 * an anonymous "my activities") or nothing matched, and {@code messages} say why.
 *
 * @param summaryHtml   how many activities match, or null when no search ran
 * @param searchUrlHtml the product's search for every match, when the report shows only the first ones; else null
 */
public record ReportView(
        List<MessageView> messages,
        String summaryHtml,
        String searchUrlHtml,
        String searchLinkHtml,
        ReportTableView table,
        ReportPeopleView people) {

    public ReportView {
        messages = List.copyOf(messages);
    }
}
