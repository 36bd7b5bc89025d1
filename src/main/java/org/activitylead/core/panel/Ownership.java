package org.activitylead.core.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;

/** Who is accountable for the activity, with every person resolved and named once. */
public record Ownership(
        Optional<Status> status,
        List<Person> leads,
        Optional<Person> pm,
        Optional<Person> owner,
        List<Person> reviewers,
        boolean customerFacing,
        Optional<LocalDate> reviewBy,
        List<ParameterProblem> problems) {

    /** People shown as reviewers, after removing references that name the same user. */
    public static final int MAX_REVIEWERS = 20;

    /** Two distinct leads are enough to say "several": the rest are never looked up. */
    static final int LEADS_TO_TELL_SEVERAL = 2;

    /**
     * The most user lookups one page can cause. A user answers to at most two references (key and username), so
     * telling two leads apart takes at most three lookups, and finding the 21st reviewer at most 41.
     */
    public static final int MAX_LOOKUPS = (2 * LEADS_TO_TELL_SEVERAL - 1) + 2 + (2 * MAX_REVIEWERS + 1);

    public Ownership {
        leads = List.copyOf(leads);
        reviewers = List.copyOf(reviewers);
        problems = List.copyOf(problems);
    }

    /**
     * Resolves the people in page order, each reference with one directory call, and keeps each user once. Reviewers
     * are capped after that, so the cap counts people, not references.
     */
    public static Ownership resolve(OwnershipParameters parameters, UserDirectory<?> directory) {
        People people = new People(directory);
        List<Person> leads = distinct(parameters.leads(), LEADS_TO_TELL_SEVERAL, people);
        Optional<Person> pm = parameters.pm().map(people::person);
        Optional<Person> owner = parameters.owner().map(people::person);
        List<Person> reviewers = distinct(parameters.reviewers(), MAX_REVIEWERS + 1, people);
        List<ParameterProblem> problems = new ArrayList<>(parameters.problems());
        if (reviewers.size() > MAX_REVIEWERS) {
            reviewers = reviewers.subList(0, MAX_REVIEWERS);
            problems.add(new ParameterProblem(Parameter.REVIEWERS, ParameterProblem.Kind.TOO_MANY_REVIEWERS));
            // Shown in parameter order, as the parser reports the others.
            problems.sort(Comparator.comparing(ParameterProblem::parameter));
        }
        return new Ownership(parameters.status(), leads, pm, owner, reviewers, parameters.customerFacing(),
                parameters.reviewBy(), problems);
    }

    /** The Activity Lead, only when the page names exactly one. */
    public Optional<Person> lead() {
        return leads.size() == 1 ? Optional.of(leads.get(0)) : Optional.empty();
    }

    /** The first {@code limit} users the references name, each once; references past them are never looked up. */
    private static List<Person> distinct(List<UserRef> refs, int limit, People people) {
        List<Person> distinct = new ArrayList<>();
        for (UserRef ref : refs) {
            if (distinct.size() == limit) {
                break;
            }
            Person person = people.person(ref);
            if (distinct.stream().noneMatch(person::sameUserAs)) {
                distinct.add(person);
            }
        }
        return distinct;
    }
}
