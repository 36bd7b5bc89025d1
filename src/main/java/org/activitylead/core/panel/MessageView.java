package org.activitylead.core.panel;


/** An AUI message inside the panel. */
public record MessageView(String cssClasses, String textHtml) {
}
