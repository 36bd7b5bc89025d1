package org.activitylead.core.view;

/** A dated row: the ISO date for machines, the localized one for people. */
public record DateRowView(String labelHtml, String isoDateHtml, String textHtml) {
}
