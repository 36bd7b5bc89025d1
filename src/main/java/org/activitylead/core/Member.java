package org.activitylead.core;

import java.util.Objects;
import java.util.Optional;

/** A person named on the page, with what the host knows of them: nothing when the user does not exist. */
public record Member(UserRef ref, Optional<Person> person) {

    public Member {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(person, "person");
    }

    public boolean known() {
        return person.isPresent();
    }

    /** Unknown users are not active: nobody can act for them. */
    public boolean active() {
        return person.map(Person::active).orElse(false);
    }

    /** Same host user; two references that name one user (key and username) count as one. */
    public boolean sameUserAs(Member other) {
        return person.isPresent() && other.person.isPresent()
                ? person.get().key().equals(other.person.get().key())
                : ref.equals(other.ref);
    }

    /** What identifies the user for de-duplication. */
    String identity() {
        return person.map(p -> "key:" + p.key()).orElse("ref:" + ref.value());
    }
}
