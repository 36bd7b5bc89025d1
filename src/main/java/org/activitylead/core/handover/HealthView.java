package org.activitylead.core.handover;

import java.util.List;
import org.activitylead.core.panel.MessageView;

/**
 * What the health screen prints. Every string is already HTML-encoded.
 *
 * @param summaryHtml       how many activities were checked and how many need someone new, or null when the search failed
 * @param withoutLeadHtml   the heading of the activities without an Activity Lead, or null when there are none
 * @param recordingUrlHtml  the recording job's screen, for pages saved before the app was installed; null (with its
 *                          label) for a viewer who is no site administrator
 * @param siteOnlyHtml      for such a viewer, that reassigning and recording are done site-wide; otherwise null
 */
public record HealthView(
        String titleHtml,
        String introHtml,
        List<MessageView> messages,
        String summaryHtml,
        String leaversHtml,
        List<LeaverView> leavers,
        String withoutLeadHtml,
        List<ActivityLinkView> withoutLead,
        String roleColumnHtml,
        String activitiesColumnHtml,
        String recordingUrlHtml,
        String recordingLinkHtml,
        String siteOnlyHtml) {

    public HealthView {
        messages = List.copyOf(messages);
        leavers = List.copyOf(leavers);
        withoutLead = List.copyOf(withoutLead);
    }
}
