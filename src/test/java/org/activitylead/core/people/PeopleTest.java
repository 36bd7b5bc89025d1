package org.activitylead.core.people;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;

class PeopleTest {

    private final FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice"));
    private final People people = new People(directory);

    @Test
    void asksTheHostOncePerReferenceHoweverOftenThePageNamesIt() {
        Person first = people.person(new UserRef("alice"));
        Person again = people.person(new UserRef("alice"));

        assertThat(again).isSameAs(first);
        assertThat(directory.lookups()).containsExactly(new UserRef("alice"));
    }

    @Test
    void remembersThatAReferenceNamesNobodyToo() {
        Person ghost = people.person(new UserRef("ghost"));
        people.person(new UserRef("ghost"));

        assertThat(ghost.state()).isEqualTo(Person.State.UNKNOWN);
        assertThat(ghost.key()).isEqualTo("ghost");
        assertThat(directory.lookups()).hasSize(1);
    }
}
