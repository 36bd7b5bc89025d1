package org.activitylead.core.report;

/** The names of an activity's fields, as the table's headers and the export's labels show them. Already encoded. */
public record ReportLabelsView(String pageHtml, String spaceHtml, String statusHtml, String leadHtml, String pmHtml, String ownerHtml,
                               String reviewersHtml, String reviewByHtml, String attentionHtml) {
}
