package org.activitylead.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;

/**
 * The host's user lookup with every answer already at hand, as Confluence's user cache gives it on a warm page view.
 * Unlike FakeUserDirectory it records nothing, so millions of renders do not fill the heap; PanelLookupsTest counts
 * the lookups of the same pages instead.
 */
final class AnsweredUsers implements UserDirectory<Person> {

    private final Map<String, HostUser<Person>> byKeyOrName = new HashMap<>();

    AnsweredUsers(Person... people) {
        for (Person person : people) {
            HostUser<Person> user = new HostUser<>(person, person);
            byKeyOrName.put(person.key(), user);
            byKeyOrName.put(person.username(), user);
        }
    }

    @Override
    public Optional<HostUser<Person>> find(UserRef ref) {
        return Optional.ofNullable(byKeyOrName.get(ref.value()));
    }
}
