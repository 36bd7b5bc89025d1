package org.activitylead.core.backfill;

/** A link to one page the job could not record. */
public record PageLinkView(String urlHtml, String textHtml) {
}
