package org.activitylead.core.handover;

import java.util.List;

/** The confirmation of a dry run: posts the very request the dry run checked, as user keys and role names. */
public record ConfirmView(String actionHtml, String leaverKeyHtml, List<RoleChoiceView> roles, String successorKeyHtml, String labelHtml) {
    public ConfirmView {
        roles = List.copyOf(roles);
    }
}
