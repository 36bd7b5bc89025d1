package org.activitylead.core.people;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void showsTheUsernameWhenTheHostHasNoDisplayName() {
        assertThat(Person.of("k", "bob", " ", true, null).displayName()).isEqualTo("bob");
    }

    @Test
    void tellsActiveDeactivatedAndUnknownApart() {
        assertThat(aPerson("a").build().active()).isTrue();
        assertThat(aPerson("a").deactivated().build().active()).isFalse();
        assertThat(aPerson("a").deactivated().build().known()).isTrue();
        assertThat(Person.unknown("a").known()).isFalse();
        assertThat(Person.unknown("a").active()).isFalse();
    }

    @Test
    void keepsNothingButTheReferenceOfAnUnknownPerson() {
        assertThat(new Person("ref", "u", "U", Person.State.UNKNOWN, "/a.png")).isEqualTo(Person.unknown("ref"));
    }

    @Test
    void isTheSameUserByKeyAndNeverTheSameAsAnUnknownReferenceThatSpellsTheKey() {
        assertThat(aPerson("alice").build().sameUserAs(aPerson("alice").displayName("Other").build())).isTrue();
        assertThat(aPerson("alice").build().sameUserAs(aPerson("bob").build())).isFalse();
        assertThat(aPerson("alice").build().sameUserAs(Person.unknown("key-alice"))).isFalse();
        assertThat(Person.unknown("x").sameUserAs(Person.unknown("x"))).isTrue();
    }
}
