package org.activitylead.core.handover;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;

/**
 * Who hands which roles to whom, when someone leaves: {@code leaver} (as the host knows them now, often deactivated or
 * unknown) gives {@code roles} to {@code successor}, a known and active user who is somebody else. Made only through
 * {@link #of}, which says what is wrong instead.
 */
public record Handover(Person leaver, Set<Role> roles, Person successor) {

    public Handover {
        Objects.requireNonNull(leaver, "leaver");
        Objects.requireNonNull(successor, "successor");
        roles = Set.copyOf(roles);
        if (problem(leaver, roles, successor).isPresent()) {
            throw new IllegalArgumentException("not a handover anyone may ask for");
        }
    }

    /** The handover, or the first reason it cannot be. */
    public static Result of(Person leaver, Set<Role> roles, Person successor) {
        return problem(leaver, roles, successor).<Result>map(Result.Refused::new)
                .orElseGet(() -> new Result.Accepted(new Handover(leaver, roles, successor)));
    }

    private static Optional<HandoverProblem> problem(Person leaver, Set<Role> roles, Person successor) {
        if (roles.isEmpty()) {
            return Optional.of(HandoverProblem.NO_ROLE);
        }
        if (!successor.known()) {
            return Optional.of(HandoverProblem.SUCCESSOR_UNKNOWN);
        }
        if (!successor.active()) {
            return Optional.of(HandoverProblem.SUCCESSOR_DEACTIVATED);
        }
        if (successor.sameUserAs(leaver)) {
            return Optional.of(HandoverProblem.SUCCESSOR_IS_LEAVER);
        }
        return Optional.empty();
    }

    /** The roles in the panel's own order (lead, PM, owner, reviewer), for messages and version comments. */
    public Set<Role> orderedRoles() {
        return EnumSet.copyOf(roles);
    }

    public sealed interface Result {
        record Accepted(Handover handover) implements Result {
        }

        record Refused(HandoverProblem problem) implements Result {
        }
    }
}
