package org.activitylead.core.handover;

/** One page of a job: a link (null when the page is gone), its title, what happened, and in which roles. */
public record ResultRowView(String urlHtml, String titleHtml, String cssClasses, String outcomeHtml, String rolesHtml) {
}
