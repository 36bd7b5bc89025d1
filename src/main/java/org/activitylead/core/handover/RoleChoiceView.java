package org.activitylead.core.handover;

/** One role's checkbox; {@code valueHtml} is the role's fixed name, never text from a page. */
public record RoleChoiceView(String idHtml, String valueHtml, String labelHtml, boolean checked) {
}
