package org.activitylead.core.dri;


/** What the workflow editor shows for the DRI validator. Already HTML-encoded (see {@link Html}). */
public record ValidatorView(String summaryHtml) {
}
