package org.activitylead.core;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who is accountable for the activity, with every person resolved. */
public record Ownership(
        Optional<Status> status,
        List<Member> leads,
        Optional<Member> pm,
        Optional<Member> owner,
        List<Member> reviewers,
        boolean customerFacing,
        Optional<LocalDate> reviewBy,
        List<ParameterProblem> problems) {

    public Ownership {
        leads = List.copyOf(leads);
        reviewers = List.copyOf(reviewers);
        problems = List.copyOf(problems);
    }

    /** Resolves every distinct person with one directory call each. */
    public static Ownership resolve(OwnershipParameters parameters, UserDirectory directory) {
        People people = People.lookUp(parameters.distinctUsers(), directory);
        return new Ownership(
                parameters.status(),
                distinct(parameters.leads().stream().map(people::member).toList()),
                parameters.pm().map(people::member),
                parameters.owner().map(people::member),
                distinct(parameters.reviewers().stream().map(people::member).toList()),
                parameters.customerFacing(),
                parameters.reviewBy(),
                parameters.problems());
    }

    /** The Activity Lead, only when the page names exactly one. */
    public Optional<Member> lead() {
        return leads.size() == 1 ? Optional.of(leads.get(0)) : Optional.empty();
    }

    private static List<Member> distinct(List<Member> members) {
        Map<String, Member> byIdentity = new LinkedHashMap<>();
        members.forEach(member -> byIdentity.putIfAbsent(member.identity(), member));
        return List.copyOf(byIdentity.values());
    }
}
