package org.activitylead.core.handover;

/** One activity, as a link to its page, with its space. {@code urlHtml} is null when the host gave no plain path. */
public record ActivityLinkView(String urlHtml, String titleHtml, String spaceHtml) {
}
