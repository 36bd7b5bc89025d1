package org.activitylead.core.panel;

import java.util.HashMap;
import java.util.Map;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;

/** The page's people for one render, each reference looked up once: the only place the panel asks the host about users. */
final class People {

    private final UserDirectory<?> directory;
    private final Map<UserRef, Person> found = new HashMap<>();

    People(UserDirectory<?> directory) {
        this.directory = directory;
    }

    Person person(UserRef ref) {
        return found.computeIfAbsent(ref, r -> directory.find(r).map(user -> user.person()).orElseGet(() -> Person.unknown(r.value())));
    }
}
