package org.activitylead.core.report;

/** A column header of the report. Already encoded. */
public record ColumnView(String labelHtml) {
}
