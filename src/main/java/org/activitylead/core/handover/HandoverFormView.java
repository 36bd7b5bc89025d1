package org.activitylead.core.handover;

import java.util.List;
import org.activitylead.core.people.PersonView;

/** The choice for one leaver: the roles as checkboxes, the successor as a username picked or typed. */
public record HandoverFormView(String actionHtml, String headingHtml, PersonView leaver, String leaverUsernameHtml, String leaverKeyHtml,
                               String rolesLabelHtml, List<RoleChoiceView> roles, String successorLabelHtml, String successorHintHtml,
                               String buttonHtml) {
    public HandoverFormView {
        roles = List.copyOf(roles);
    }
}
