package org.activitylead.core.people;

import java.util.HashMap;
import java.util.Map;

/** The people of one render, each reference looked up once: the only place the panel and the report ask the host about users. */
public final class People {

    private final UserDirectory<?> directory;
    private final Map<UserRef, Person> found = new HashMap<>();

    public People(UserDirectory<?> directory) {
        this.directory = directory;
    }

    public Person person(UserRef ref) {
        return found.computeIfAbsent(ref, r -> directory.find(r).map(user -> user.person()).orElseGet(() -> Person.unknown(r.value())));
    }
}
