package org.activitylead.bench;

import static org.activitylead.testing.PersonBuilder.aPerson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.activitylead.core.people.Person;

/**
 * The page the benchmarks render and the lookup tests count: three single users (Activity Lead, PM, Owner) and a
 * number of distinct reviewers, one of whom has left, with a review due within the notice period so the panel also
 * shows a message. Shared by the tests and the benchmarks, so the numbers are about the page the tests check.
 */
public final class BenchmarkPage {

    /** Confluence's reviewer cap: the largest page the panel renders in full. */
    public static final int MAX_REVIEWERS = 20;

    private static final List<String> SINGLE_USERS = List.of("alice", "paula", "oscar");

    private BenchmarkPage() {
    }

    /** Everyone the page can name: the three single users and {@value #MAX_REVIEWERS} reviewers, the last one deactivated. */
    public static Person[] people() {
        List<Person> people = new ArrayList<>();
        SINGLE_USERS.forEach(name -> people.add(aPerson(name).build()));
        for (int i = 1; i <= MAX_REVIEWERS; i++) {
            people.add(i == MAX_REVIEWERS ? aPerson(reviewer(i)).deactivated().build() : aPerson(reviewer(i)).build());
        }
        return people.toArray(Person[]::new);
    }

    /** The macro parameters of the page with {@code reviewers} distinct reviewers, none of them a single user. */
    public static Map<String, String> parameters(int reviewers, LocalDate today) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", "LIVE");
        parameters.put("activityLead", SINGLE_USERS.get(0));
        parameters.put("pm", SINGLE_USERS.get(1));
        parameters.put("owner", SINGLE_USERS.get(2));
        parameters.put("customerFacing", "true");
        parameters.put("reviewBy", today.plusDays(7).toString());
        if (reviewers > 0) {
            // Counted from the deactivated end, so every page with reviewers shows the "(inactive)" state once.
            parameters.put("reviewers", IntStream.rangeClosed(MAX_REVIEWERS - reviewers + 1, MAX_REVIEWERS)
                    .mapToObj(BenchmarkPage::reviewer).collect(Collectors.joining(",")));
        }
        return parameters;
    }

    static String reviewer(int number) {
        return "reviewer" + number;
    }
}
