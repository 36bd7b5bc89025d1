package org.activitylead.core.report;

/** One count of the people layout, linked to the activities behind it (no link for none). Already encoded. */
public record CountView(String textHtml, String urlHtml) {
}
