package org.activitylead.core.view;

/** An AUI message inside the panel. */
public record MessageView(String cssClasses, String textHtml) {
}
