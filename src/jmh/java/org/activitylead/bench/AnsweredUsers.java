package org.activitylead.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.Person;
import org.activitylead.core.UserDirectory;
import org.activitylead.core.UserRef;

/**
 * The host's user lookup with every answer already at hand, as Confluence's user cache gives it on a warm page view.
 * Unlike FakeUserDirectory it records nothing, so millions of renders do not fill the heap; PanelLookupsTest counts
 * the lookups of the same pages instead.
 */
final class AnsweredUsers implements UserDirectory {

    private final Map<String, Person> byKeyOrName = new HashMap<>();

    AnsweredUsers(Person... people) {
        for (Person person : people) {
            byKeyOrName.put(person.key(), person);
            byKeyOrName.put(person.username(), person);
        }
    }

    @Override
    public Optional<Person> find(UserRef ref) {
        return Optional.ofNullable(byKeyOrName.get(ref.value()));
    }
}
