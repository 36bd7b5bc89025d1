package org.activitylead.core.handover;

/** A one-button form; the template adds the host's anti-forgery token. */
public record ActionView(String actionHtml, String labelHtml) {
}
