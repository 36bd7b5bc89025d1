package org.activitylead.core.report;

import java.util.List;

/** The people layout: one row per person, with what they lead, manage, own and review. */
public record ReportPeopleView(List<ColumnView> columns, List<PersonCountsView> people) {

    public ReportPeopleView {
        columns = List.copyOf(columns);
        people = List.copyOf(people);
    }
}
