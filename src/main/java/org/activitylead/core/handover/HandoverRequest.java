package org.activitylead.core.handover;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.record.SearchField;
import org.activitylead.core.report.Cql;
import org.activitylead.core.report.SpaceKey;

/**
 * A handover as it travels and is stored: the leaver's and the successor's user keys and the roles, never names.
 * Made into a {@link Handover} by looking both people up now, so a successor deactivated since is refused.
 */
public record HandoverRequest(String leaverKey, Set<Role> roles, String successorKey) {

    public HandoverRequest {
        new UserRef(Objects.requireNonNull(leaverKey, "leaverKey"));
        new UserRef(Objects.requireNonNull(successorKey, "successorKey"));
        roles = Set.copyOf(roles);
    }

    /**
     * The handover a screen's parameters ask for, checked against the users as they are now: the request, or the key
     * of the message that says why not. The texts are user references as posted; neither is ever shown back.
     */
    public static Asked ask(String leaver, Set<Role> roles, String successorKey, UserDirectory<?> directory) {
        HandoverRequest asked;
        try {
            asked = new HandoverRequest(UserRef.parse(leaver).orElseThrow().value(), roles, UserRef.parse(successorKey).orElseThrow().value());
        } catch (RuntimeException e) {
            return new Asked.Refused("activity-lead.handover.error.person-invalid");
        }
        if (asked.resolve(directory) instanceof Handover.Result.Refused refused) {
            return new Asked.Refused(refused.problem().messageKey());
        }
        return new Asked.Valid(asked);
    }

    public sealed interface Asked {
        record Valid(HandoverRequest request) implements Asked {
        }

        record Refused(String messageKey) implements Asked {
        }
    }

    /** The handover, or why it cannot be; the leaver may be unknown to the host now, the successor may not. */
    public Handover.Result resolve(UserDirectory<?> directory) {
        Person leaver = directory.find(new UserRef(leaverKey)).map(user -> user.person()).orElseGet(() -> Person.unknown(leaverKey));
        Person successor = directory.find(new UserRef(successorKey)).map(user -> user.person()).orElseGet(() -> Person.unknown(successorKey));
        return Handover.of(leaver, roles, successor);
    }

    /** The candidates of the whole site ({@link #candidatesCql(Optional)}). */
    public String candidatesCql() {
        return candidatesCql(Optional.empty());
    }

    /**
     * The recorded activities that name the leaver in one of the roles, in one space or the whole site, oldest first:
     * the pages a handover checks. The keys are quoted literals; the field names come from the closed list of the
     * app's own CQL fields.
     */
    public String candidatesCql(Optional<SpaceKey> space) {
        StringJoiner named = new StringJoiner(" or ", "(", ")");
        if (roles.isEmpty()) {
            throw new IllegalStateException("a request without roles is refused before anything is searched");
        }
        for (Role role : EnumSet.copyOf(roles)) {
            named.add(keyField(role).alias() + " = " + Cql.literal(leaverKey));
        }
        String in = space.map(key -> "space = " + Cql.literal(key.value()) + " and ").orElse("");
        return in + "type in (page, blogpost) and " + named + " order by id asc";
    }

    private static SearchField keyField(Role role) {
        return switch (role) {
            case LEAD -> SearchField.LEAD_KEY;
            case PM -> SearchField.PM_KEY;
            case OWNER -> SearchField.OWNER_KEY;
            case REVIEWER -> SearchField.REVIEWER_KEY;
        };
    }
}
