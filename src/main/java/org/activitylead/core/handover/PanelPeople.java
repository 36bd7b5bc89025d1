package org.activitylead.core.handover;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.UserRef;

/**
 * The people one panel names, role by role, as the references its user parameters hold, in page order: what a
 * handover reads and rewrites. A role the panel leaves empty has an empty list. Immutable.
 */
public record PanelPeople(Map<Role, List<UserRef>> references) {

    public PanelPeople {
        Map<Role, List<UserRef>> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            copy.put(role, List.copyOf(references.getOrDefault(role, List.of())));
        }
        references = Map.copyOf(copy);
    }

    public List<UserRef> in(Role role) {
        return references.get(role);
    }

    PanelPeople with(Role role, List<UserRef> people) {
        Map<Role, List<UserRef>> changed = new EnumMap<>(references);
        changed.put(role, people);
        return new PanelPeople(changed);
    }
}
