package org.activitylead.core.handover;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.record.RecordedUser;
import org.activitylead.core.report.ReportHit;

/**
 * Who has left, and what they still hold: from the recorded ownership of the pages found, every person named who is
 * deactivated or unknown today, with the activities they hold in each role; and the activities that have no Activity
 * Lead at all. Each person is looked up once, through {@link People}; no page body is read.
 */
public final class OwnershipHealth {

    private OwnershipHealth() {
    }

    /**
     * @param found the pages found with a record; a page without one holds nobody
     */
    public static Health of(List<ReportHit> found, People people) {
        Map<String, Map<Role, List<ReportHit>>> held = new LinkedHashMap<>();
        Map<String, Person> leavers = new LinkedHashMap<>();
        List<ReportHit> withoutLead = new ArrayList<>();
        for (ReportHit hit : found) {
            if (hit.record().isEmpty()) {
                continue;
            }
            OwnershipRecord record = hit.record().get();
            if (record.leads().isEmpty()) {
                withoutLead.add(hit);
            }
            record.leads().forEach(user -> hold(user, Role.LEAD, hit, people, leavers, held));
            record.pm().ifPresent(user -> hold(user, Role.PM, hit, people, leavers, held));
            record.owner().ifPresent(user -> hold(user, Role.OWNER, hit, people, leavers, held));
            record.reviewers().forEach(user -> hold(user, Role.REVIEWER, hit, people, leavers, held));
        }
        List<Leaver> gone = leavers.values().stream()
                .map(person -> new Leaver(person, held.get(person.key())))
                .sorted(Comparator.comparing((Leaver leaver) -> leaver.person().known()).thenComparing(leaver -> name(leaver.person())))
                .toList();
        return new Health(gone, withoutLead);
    }

    private static void hold(RecordedUser user, Role role, ReportHit hit, People people, Map<String, Person> leavers,
                             Map<String, Map<Role, List<ReportHit>>> held) {
        Person now = people.person(new UserRef(user.key()));
        if (now.active()) {
            return;
        }
        leavers.putIfAbsent(now.key(), now);
        List<ReportHit> pages = held.computeIfAbsent(now.key(), key -> new EnumMap<>(Role.class)).computeIfAbsent(role, r -> new ArrayList<>());
        if (!pages.contains(hit)) {
            pages.add(hit);
        }
    }

    /** Unknown people (no name) first, then by display name, then by username: the same order on every read. */
    private static String name(Person person) {
        return Optional.ofNullable(person.displayName()).orElse("") + "\u0000" + Optional.ofNullable(person.username()).orElse(person.key());
    }

    /** A person who is deactivated or unknown, with the activities they hold in each role (only roles they hold). */
    public record Leaver(Person person, Map<Role, List<ReportHit>> holds) {
        public Leaver {
            Map<Role, List<ReportHit>> copy = new EnumMap<>(Role.class);
            holds.forEach((role, pages) -> copy.put(role, List.copyOf(pages)));
            // In the panel's order of roles: lead, PM, owner, reviewer.
            holds = Collections.unmodifiableMap(copy);
        }

        /** How many activities the person holds in any role. */
        public int activities() {
            return (int) holds.values().stream().flatMap(List::stream).distinct().count();
        }
    }

    /** Everyone who has left, and the activities without an Activity Lead. */
    public record Health(List<Leaver> leavers, List<ReportHit> withoutLead) {
        public Health {
            leavers = List.copyOf(leavers);
            withoutLead = List.copyOf(withoutLead);
        }

        /** How many activities the people who left hold between them, each counted once. */
        public int activitiesHeld() {
            return (int) leavers.stream().flatMap(leaver -> leaver.holds().values().stream()).flatMap(List::stream).distinct().count();
        }
    }
}
