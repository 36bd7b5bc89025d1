package org.activitylead.core.report;

import java.util.List;
import org.activitylead.core.panel.DateRowView;
import org.activitylead.core.panel.StatusView;
import org.activitylead.core.people.PersonView;

/**
 * One activity in the report's table. Every string is already HTML-encoded; the page link, the status, the people and
 * the review date are null when there is none.
 */
public record ReportRowView(
        String pageUrlHtml,
        String titleHtml,
        String spaceHtml,
        StatusView status,
        PersonView lead,
        PersonView pm,
        PersonView owner,
        String reviewersHtml,
        DateRowView reviewBy,
        List<LozengeView> attention) {

    public ReportRowView {
        attention = List.copyOf(attention);
    }
}
