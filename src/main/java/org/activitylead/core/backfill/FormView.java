package org.activitylead.core.backfill;

/** A one-button form that posts to {@code actionHtml}; the template adds the host's anti-forgery token. */
public record FormView(String actionHtml, String labelHtml) {
}
