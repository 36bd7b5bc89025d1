package org.activitylead.core.panel;


/** A dated row: the ISO date for machines, the localized one for people. */
public record DateRowView(String labelHtml, String isoDateHtml, String textHtml) {
}
