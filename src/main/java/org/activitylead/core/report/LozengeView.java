package org.activitylead.core.report;

/** A small AUI lozenge: what needs attention about one activity. Fixed classes, encoded text. */
public record LozengeView(String cssClasses, String textHtml) {
}
