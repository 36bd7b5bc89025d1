package org.activitylead.core.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.activitylead.core.panel.Attention;
import org.activitylead.core.panel.Ownership;
import org.activitylead.core.panel.OwnershipRules;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.Person;

/**
 * One page's ownership as it is recorded with the page and searched: people by user key (with the username CQL's
 * currentUser() matches), the status, the review date, and what needs attention on the page itself (review dates are
 * judged on the day they are read). Built from the same parsed and resolved {@link Ownership} the panel shows, so the
 * two never disagree. Unknown references are not people: they only count in the attention.
 *
 * @param leads the known users the page names as Activity Lead, at most two (two already mean "several")
 */
public record OwnershipRecord(
        Optional<Status> status,
        List<RecordedUser> leads,
        Optional<RecordedUser> pm,
        Optional<RecordedUser> owner,
        List<RecordedUser> reviewers,
        boolean customerFacing,
        Optional<LocalDate> reviewBy,
        Set<Attention> attention) {

    static final int MAX_LEADS = 2;

    /** Stands for a lead reference that named nobody when the page was recorded; never shown. */
    private static final String UNRECORDED = "(unrecorded)";

    public OwnershipRecord {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reviewBy, "reviewBy");
        leads = capped(leads, MAX_LEADS);
        Objects.requireNonNull(pm, "pm");
        Objects.requireNonNull(owner, "owner");
        reviewers = capped(reviewers, Ownership.MAX_REVIEWERS);
        attention = attention.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attention));
        if (attention.stream().anyMatch(item -> !item.ofThePage())) {
            throw new IllegalArgumentException("review dates are judged when read, not recorded");
        }
    }

    /** What the page says, with every person who is a known user by key; unknown references are only counted in. */
    public static OwnershipRecord of(Ownership ownership) {
        return new OwnershipRecord(
                ownership.status(),
                users(ownership.leads().stream()),
                ownership.pm().filter(Person::known).map(RecordedUser::of),
                ownership.owner().filter(Person::known).map(RecordedUser::of),
                users(ownership.reviewers().stream()),
                ownership.customerFacing(),
                ownership.reviewBy(),
                OwnershipRules.pageAttention(ownership));
    }

    /** The Activity Lead: the one user, when the page names exactly one lead and that lead is a known user. */
    public Optional<RecordedUser> lead() {
        return leads.size() == 1 && !attention.contains(Attention.SEVERAL_LEADS) ? Optional.of(leads.get(0)) : Optional.empty();
    }

    /**
     * The activity as it stands now: the recorded people as the host knows them today ({@code now} looks each up), so
     * that {@link OwnershipRules} judge a lead deactivated since the recording as they would on the page. A lead
     * reference that named nobody when recorded stays unknown.
     */
    public Ownership ownershipNow(Function<RecordedUser, Person> now) {
        List<Person> leadsNow = new ArrayList<>(leads.stream().map(now).toList());
        boolean unknownLead = attention.contains(Attention.LEAD_UNKNOWN)
                || attention.contains(Attention.SEVERAL_LEADS) && leadsNow.size() < MAX_LEADS;
        if (unknownLead) {
            leadsNow.add(Person.unknown(UNRECORDED));
        }
        return new Ownership(status, leadsNow, pm.map(now), owner.map(now), reviewers.stream().map(now).toList(), customerFacing,
                reviewBy, List.of());
    }

    private static List<RecordedUser> users(Stream<Person> people) {
        return people.filter(Person::known).map(RecordedUser::of).toList();
    }

    private static List<RecordedUser> capped(List<RecordedUser> users, int max) {
        if (users.size() > max) {
            throw new IllegalArgumentException("more than " + max + " users");
        }
        return List.copyOf(users);
    }
}
