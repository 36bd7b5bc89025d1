package org.activitylead.core.handover;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Texts;

/**
 * The version comment of a page a handover changed, in the acting administrator's language: "Activity Lead:
 * reassigned Activity Lead and PM from Alice Martin to Bob Lee". Plain text; the host escapes it where it shows it.
 */
public final class HandoverComment {

    /** Confluence keeps version comments short; a longer one (very long display names) is cut, never refused. */
    static final int MAX_LENGTH = 255;

    private HandoverComment() {
    }

    public static String of(Handover handover, Set<Role> changed, Texts texts) {
        List<String> names = EnumSet.copyOf(changed).stream().map(role -> texts.text(role.labelKey())).toList();
        String roles = names.get(0);
        for (int i = 1; i < names.size(); i++) {
            String key = i == names.size() - 1 ? "activity-lead.handover.comment.last" : "activity-lead.handover.comment.next";
            roles = texts.text(key, roles, names.get(i));
        }
        return Texts.shortened(texts.text("activity-lead.handover.comment", roles, texts.name(handover.leaver()), texts.name(handover.successor())), MAX_LENGTH);
    }
}
