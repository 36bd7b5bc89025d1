package org.activitylead.core.handover;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.activitylead.core.panel.Role;

/**
 * The people one panel names, role by role, as the references ({@code R}, see {@link References}) its user
 * parameters hold, in page order: what a handover reads and rewrites. A role the panel leaves empty has an empty
 * list. Immutable.
 */
public record PanelPeople<R>(Map<Role, List<R>> references) {

    public PanelPeople {
        Map<Role, List<R>> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            copy.put(role, List.copyOf(references.getOrDefault(role, List.of())));
        }
        references = Map.copyOf(copy);
    }

    public List<R> in(Role role) {
        return references.get(role);
    }

    PanelPeople<R> with(Role role, List<R> people) {
        Map<Role, List<R>> changed = new EnumMap<>(references);
        changed.put(role, people);
        return new PanelPeople<>(changed);
    }
}
