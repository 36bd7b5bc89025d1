package org.activitylead.core.handover;

import java.util.List;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.report.LozengeView;

/**
 * A job's progress and, once it is done, every page with its outcome. Both people show their username beside the
 * name, so that two look-alike names cannot be confused. The roles column is left out where a product hands over one
 * role only (Jira's DRI), which also keeps the table within a phone's width.
 */
public record HandoverJobView(String headingHtml, LozengeView state, String rolesHtml, String fromLabelHtml, PersonView leaver,
                              String leaverUsernameHtml, String toLabelHtml, PersonView successor, String successorUsernameHtml,
                              String summaryHtml, String doneHtml, String totalHtml, String countsHtml, String updatedHtml,
                              ActionView stop, ActionView resume, String resultsHeadingHtml, List<ResultRowView> results,
                              boolean rolesColumn) {
    public HandoverJobView {
        results = List.copyOf(results);
    }
}
