package org.activitylead.core.report;

import java.util.List;

/** The table layout: one row per activity, under the names of its fields. */
public record ReportTableView(ReportLabelsView labels, List<ReportRowView> rows) {

    public ReportTableView {
        rows = List.copyOf(rows);
    }
}
