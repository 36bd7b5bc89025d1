package org.activitylead.core.report;

import java.util.List;
import org.activitylead.core.panel.MessageView;

/**
 * What the report macro's templates print. Every string is already HTML-encoded. {@code rows} is filled for the
 * table layout and {@code people} for the people layout; both are empty when no search ran (a bad parameter, an
 * anonymous "my activities") or nothing matched, and {@code messages} say why.
 *
 * @param summaryHtml   how many activities match, or null when no search ran
 * @param searchUrlHtml the product's search for every match, when the report shows only the first ones; else null
 */
public record ReportView(
        List<MessageView> messages,
        String summaryHtml,
        String searchUrlHtml,
        String searchLinkHtml,
        List<ColumnView> columns,
        List<ReportRowView> rows,
        List<PersonCountsView> people) {

    public ReportView {
        messages = List.copyOf(messages);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        people = List.copyOf(people);
    }
}
