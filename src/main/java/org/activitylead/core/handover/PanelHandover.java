package org.activitylead.core.handover;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;

/**
 * A handover applied to one panel: in each handed-over role, the reference that names the leaver is replaced, in its
 * place, by one naming the successor by key; every other reference (the very same object), role and parameter stays
 * exactly as it was. A successor the
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
    public static <R> Optional<Rewrite<R>> apply(PanelPeople<R> panel, Handover handover, People people, References<R> references) {
        PanelPeople<R> after = panel;
        Set<Role> changed = EnumSet.noneOf(Role.class);
        for (Role role : handover.orderedRoles()) {
            List<R> before = panel.in(role);
            List<R> now = handedOver(before, handover, people, references);
            if (!now.equals(before)) {
                after = after.with(role, now);
                changed.add(role);
            }
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(new Rewrite<>(after, changed));
    }

    private static <R> List<R> handedOver(List<R> named, Handover handover, People people, References<R> references) {
        boolean successorNamed = named.stream().anyMatch(ref -> names(ref, handover.successor(), people, references));
        List<R> result = new ArrayList<>(named.size());
        boolean replaced = false;
        for (R ref : named) {
            if (!names(ref, handover.leaver(), people, references)) {
                result.add(ref);
            } else if (!successorNamed && !replaced) {
                result.add(references.byKey(handover.successor()));
                replaced = true;
            }
        }
        return List.copyOf(result);
    }

    private static <R> boolean names(R reference, Person person, People people, References<R> references) {
        return people.person(references.named(reference)).sameUserAs(person);
    }

    /** The panel after a handover, and the roles in which it changed. */
    public record Rewrite<R>(PanelPeople<R> after, Set<Role> changed) {
        public Rewrite {
            changed = Set.copyOf(changed);
        }
    }
}
