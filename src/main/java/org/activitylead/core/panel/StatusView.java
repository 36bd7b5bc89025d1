package org.activitylead.core.panel;


/** The status lozenge: its CSS classes come from a fixed enum, never from the page. */
public record StatusView(String labelHtml, String cssClasses, String textHtml, String customerFacingHtml) {
}
