package org.activitylead.core.handover;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.People;
import org.activitylead.core.people.UserRef;

/**
 * A handover applied to one panel: in each handed-over role, the reference that names the leaver is replaced, in its
 * place, by the successor's key; every other reference, role and parameter stays exactly as it was. A successor the
 * role already names is not named twice (the leaver's reference is only removed), and a leaver named twice in one
 * role is replaced once. Which references name whom only the host knows: each is looked up once, through
 * {@link People}.
 */
public final class PanelHandover {

    private PanelHandover() {
    }

    /**
     * @return the panel after the handover, or empty when it names the leaver in none of the handed-over roles (a page
     *         edited since the dry run, say): then nothing is written
     */
    public static Optional<Rewrite> apply(PanelPeople panel, Handover handover, People people) {
        PanelPeople after = panel;
        Set<Role> changed = EnumSet.noneOf(Role.class);
        for (Role role : handover.orderedRoles()) {
            List<UserRef> before = panel.in(role);
            List<UserRef> now = handedOver(before, handover, people);
            if (!now.equals(before)) {
                after = after.with(role, now);
                changed.add(role);
            }
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(new Rewrite(after, changed));
    }

    private static List<UserRef> handedOver(List<UserRef> references, Handover handover, People people) {
        boolean successorNamed = references.stream().anyMatch(ref -> people.person(ref).sameUserAs(handover.successor()));
        List<UserRef> result = new ArrayList<>(references.size());
        boolean replaced = false;
        for (UserRef ref : references) {
            if (!people.person(ref).sameUserAs(handover.leaver())) {
                result.add(ref);
            } else if (!successorNamed && !replaced) {
                result.add(new UserRef(handover.successor().key()));
                replaced = true;
            }
        }
        return List.copyOf(result);
    }

    /** The panel after a handover, and the roles in which it changed. */
    public record Rewrite(PanelPeople after, Set<Role> changed) {
        public Rewrite {
            changed = Set.copyOf(changed);
        }
    }
}
