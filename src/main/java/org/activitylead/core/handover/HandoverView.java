package org.activitylead.core.handover;

import java.util.List;
import org.activitylead.core.panel.MessageView;

/**
 * What the reassignment screen prints. Every string is already HTML-encoded; every part that does not apply is null
 * (the template prints nothing for it).
 *
 * @param form    the choice of roles and successor for the chosen leaver, or null while a job runs or none is chosen
 * @param job     the last job's progress, or null before the first
 * @param confirm the form that starts the reassignment a finished dry run showed, or null
 * @param refresh whether the screen reloads itself (only while a job runs)
 */
public record HandoverView(
        String titleHtml,
        String introHtml,
        List<MessageView> messages,
        HandoverFormView form,
        HandoverJobView job,
        ConfirmView confirm,
        boolean refresh,
        String healthUrlHtml,
        String healthLinkHtml) {

    public HandoverView {
        messages = List.copyOf(messages);
    }
}
