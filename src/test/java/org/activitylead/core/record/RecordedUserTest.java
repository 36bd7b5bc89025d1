package org.activitylead.core.record;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activitylead.core.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordedUserTest {

    @Test
    void namesAKnownPersonByKeyAndUsername() {
        assertThat(RecordedUser.of(aPerson("alice").build())).isEqualTo(new RecordedUser("key-alice", "alice"));
        assertThatThrownBy(() -> RecordedUser.of(Person.unknown("ghost"))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " key", "key\n", "k\u0000y"})
    void refusesWhatNoHostWritesAsAUserWithoutRepeatingIt(String value) {
        assertThatThrownBy(() -> new RecordedUser(value, "ok")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a user key or name");
        assertThatThrownBy(() -> new RecordedUser("ok", value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a user key or name");
    }
}
