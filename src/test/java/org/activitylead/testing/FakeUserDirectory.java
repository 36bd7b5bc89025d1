package org.activitylead.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;

/** An in-memory host directory that finds people by key or username and records every lookup. */
public final class FakeUserDirectory implements UserDirectory<Person> {

    private final Map<String, Person> byKey = new LinkedHashMap<>();
    private final Map<String, Person> byName = new LinkedHashMap<>();
    private final List<UserRef> lookups = new ArrayList<>();

    public FakeUserDirectory with(Person... people) {
        for (Person person : people) {
            byKey.put(person.key(), person);
            byName.put(person.username(), person);
        }
        return this;
    }

    public FakeUserDirectory with(PersonBuilder... people) {
        for (PersonBuilder person : people) {
            with(person.build());
        }
        return this;
    }

    @Override
    public Optional<HostUser<Person>> find(UserRef ref) {
        lookups.add(ref);
        Person person = byKey.get(ref.value());
        return Optional.ofNullable(person != null ? person : byName.get(ref.value())).map(found -> new HostUser<>(found, found));
    }

    public List<UserRef> lookups() {
        return List.copyOf(lookups);
    }
}
