package org.activitylead.core.handover;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;
import org.junit.jupiter.api.Test;

class HandoverTest {

    private static final Person ALICE_GONE = aPerson("alice").deactivated().build();
    private static final Person BOB = aPerson("bob").build();

    @Test
    void acceptsAnActiveSuccessorForAtLeastOneRole() {
        Handover.Result result = Handover.of(ALICE_GONE, Set.of(Role.REVIEWER, Role.LEAD), BOB);

        assertThat(result).isInstanceOf(Handover.Result.Accepted.class);
        Handover handover = ((Handover.Result.Accepted) result).handover();
        assertThat(handover.orderedRoles()).containsExactly(Role.LEAD, Role.REVIEWER);
    }

    @Test
    void aLeaverWhoIsGoneFromTheHostCanStillHandOver() {
        assertThat(Handover.of(Person.unknown("JIRAUSER10"), Set.of(Role.OWNER), BOB)).isInstanceOf(Handover.Result.Accepted.class);
    }

    @Test
    void saysWhyAHandoverCannotBe() {
        assertThat(Handover.of(ALICE_GONE, Set.of(), BOB)).isEqualTo(new Handover.Result.Refused(HandoverProblem.NO_ROLE));
        assertThat(Handover.of(ALICE_GONE, Set.of(Role.PM), Person.unknown("nobody")))
                .isEqualTo(new Handover.Result.Refused(HandoverProblem.SUCCESSOR_UNKNOWN));
        assertThat(Handover.of(ALICE_GONE, Set.of(Role.PM), aPerson("carol").deactivated().build()))
                .isEqualTo(new Handover.Result.Refused(HandoverProblem.SUCCESSOR_DEACTIVATED));
        Person aliceActive = aPerson("alice").build();
        assertThat(Handover.of(aliceActive, EnumSet.allOf(Role.class), aliceActive))
                .isEqualTo(new Handover.Result.Refused(HandoverProblem.SUCCESSOR_IS_LEAVER));
    }

    @Test
    void cannotBeMadeAroundItsChecks() {
        assertThatThrownBy(() -> new Handover(ALICE_GONE, Set.of(Role.LEAD), ALICE_GONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
