package org.activitylead.core.record;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /** Everything that needs attention on this day: what was recorded, and the review date judged today. */
    public Set<Attention> attentionOn(LocalDate today) {
        Set<Attention> now = attention.isEmpty() ? EnumSet.noneOf(Attention.class) : EnumSet.copyOf(attention);
        reviewBy.flatMap(date -> OwnershipRules.reviewAttention(date, today)).ifPresent(now::add);
        return now;
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
