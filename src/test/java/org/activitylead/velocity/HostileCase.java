package org.activitylead.velocity;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.activitylead.core.people.Person;

/**
 * One hostile input placed where it can do harm: the macro parameters and host users of one render, and what the
 * panel must show for it. {@code hostileParameterValue} is the page-supplied value that must never be shown back
 * (null when the hostile data is a user's, which the panel shows on purpose).
 */
record HostileCase(
        String hostileClass,
        String description,
        Map<String, String> parameters,
        List<Person> people,
        String hostileParameterValue,
        List<Expectation> expectations) {

    /** A check of one render of the case. */
    @FunctionalInterface
    interface Expectation {
        void check(RenderedPanel panel) throws Exception;
    }

    HostileCase {
        // A copy that keeps null names and values, which the macro must survive too.
        parameters = parameters == null ? null : Collections.unmodifiableMap(new HashMap<>(parameters));
        people = List.copyOf(people);
        expectations = List.copyOf(expectations);
    }

    /** Every string the case feeds in, to tell an entity it typed itself from one the panel added. */
    Stream<String> inputs() {
        Stream<String> fromParameters = parameters == null ? Stream.empty()
                : parameters.entrySet().stream().flatMap(entry -> Stream.of(entry.getKey(), entry.getValue()));
        Stream<String> fromPeople = people.stream()
                .flatMap(person -> Stream.of(person.key(), person.username(), person.displayName(), person.avatarPath()));
        return Stream.concat(fromParameters, fromPeople).filter(Objects::nonNull);
    }

    @Override
    public String toString() {
        return hostileClass + ": " + description;
    }
}
