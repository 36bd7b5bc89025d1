package org.activitylead.core.report;

import java.util.List;

/** The table layout: one row per activity, under the column headers. */
public record ReportTableView(List<ColumnView> columns, List<ReportRowView> rows) {

    public ReportTableView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
