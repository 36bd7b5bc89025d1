package org.activitylead.core.handover;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;

class PanelHandoverTest {

    private static final Person ALICE = aPerson("alice").deactivated().build();
    private static final Person BOB = aPerson("bob").build();
    private static final Person CAROL = aPerson("carol").build();
    private static final Person DAVE = aPerson("dave").build();

    private final FakeUserDirectory directory = new FakeUserDirectory().with(ALICE, BOB, CAROL, DAVE);

    private static PanelPeople<UserRef> panel(Object... roleThenReferences) {
        Map<Role, List<UserRef>> people = new EnumMap<>(Role.class);
        for (int i = 0; i < roleThenReferences.length; i += 2) {
            people.put((Role) roleThenReferences[i], Arrays.stream(((String) roleThenReferences[i + 1]).split(",")).map(UserRef::new).toList());
        }
        return new PanelPeople<>(people);
    }

    /** References as the core's own values: what the host would hold instead. */
    private static final References<UserRef> BY_VALUE = new References<>() {
        @Override
        public UserRef named(UserRef reference) {
            return reference;
        }

        @Override
        public UserRef byKey(Person successor) {
            return new UserRef(successor.key());
        }
    };

    private Optional<PanelHandover.Rewrite<UserRef>> handOver(PanelPeople<UserRef> panel, Set<Role> roles, Person successor) {
        Handover handover = ((Handover.Result.Accepted) Handover.of(ALICE, roles, successor)).handover();
        return PanelHandover.apply(panel, handover, new People(directory), BY_VALUE);
    }

    @Test
    void replacesTheLeaverInTheRoleWithTheSuccessorsKey() {
        PanelPeople<UserRef> before = panel(Role.LEAD, "alice", Role.PM, "carol");

        PanelHandover.Rewrite<UserRef> rewrite = handOver(before, Set.of(Role.LEAD), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.LEAD)).containsExactly(new UserRef("key-bob"));
        assertThat(rewrite.after().in(Role.PM)).isEqualTo(before.in(Role.PM));
        assertThat(rewrite.changed()).containsExactly(Role.LEAD);
    }

    @Test
    void findsTheLeaverByKeyOrByUsername() {
        PanelPeople<UserRef> before = panel(Role.LEAD, "key-alice", Role.OWNER, "alice");

        PanelHandover.Rewrite<UserRef> rewrite = handOver(before, Set.of(Role.LEAD, Role.OWNER), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.LEAD)).containsExactly(new UserRef("key-bob"));
        assertThat(rewrite.after().in(Role.OWNER)).containsExactly(new UserRef("key-bob"));
    }

    @Test
    void changesOnlyTheRolesHandedOver() {
        PanelPeople<UserRef> before = panel(Role.LEAD, "alice", Role.PM, "alice", Role.OWNER, "alice", Role.REVIEWER, "alice");

        PanelHandover.Rewrite<UserRef> rewrite = handOver(before, Set.of(Role.PM), BOB).orElseThrow();

        assertThat(rewrite.changed()).containsExactly(Role.PM);
        for (Role role : List.of(Role.LEAD, Role.OWNER, Role.REVIEWER)) {
            assertThat(rewrite.after().in(role)).isEqualTo(before.in(role));
        }
    }

    @Test
    void keepsTheReviewersInTheirOrderWithTheSuccessorInTheLeaversPlace() {
        PanelPeople<UserRef> before = panel(Role.REVIEWER, "carol,alice,dave");

        PanelHandover.Rewrite<UserRef> rewrite = handOver(before, Set.of(Role.REVIEWER), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.REVIEWER)).extracting(UserRef::value).containsExactly("carol", "key-bob", "dave");
    }

    @Test
    void doesNotNameASuccessorWhoIsAlreadyAReviewerTwice() {
        PanelPeople<UserRef> before = panel(Role.REVIEWER, "bob,alice,dave");

        PanelHandover.Rewrite<UserRef> rewrite = handOver(before, Set.of(Role.REVIEWER), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.REVIEWER)).extracting(UserRef::value).containsExactly("bob", "dave");
    }

    @Test
    void replacesALeaverNamedTwiceInOneRoleOnce() {
        PanelPeople<UserRef> before = panel(Role.REVIEWER, "alice,carol,key-alice");

        PanelHandover.Rewrite<UserRef> rewrite = handOver(before, Set.of(Role.REVIEWER), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.REVIEWER)).extracting(UserRef::value).containsExactly("key-bob", "carol");
    }

    @Test
    void keepsEveryReferenceItLeavesAloneAsTheVerySameObject() {
        UserRef carol = new UserRef("carol");
        UserRef dave = new UserRef("dave");
        PanelPeople<UserRef> before = new PanelPeople<>(Map.of(Role.REVIEWER, List.of(carol, new UserRef("alice"), dave)));

        List<UserRef> after = handOver(before, Set.of(Role.REVIEWER), BOB).orElseThrow().after().in(Role.REVIEWER);

        assertThat(after.get(0)).isSameAs(carol);
        assertThat(after.get(2)).isSameAs(dave);
    }

    @Test
    void letsTheSuccessorLeadAndManageTheSameActivity() {
        PanelPeople<UserRef> before = panel(Role.LEAD, "alice", Role.PM, "bob");

        PanelHandover.Rewrite<UserRef> rewrite = handOver(before, Set.of(Role.LEAD), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.LEAD)).containsExactly(new UserRef("key-bob"));
        assertThat(rewrite.after().in(Role.PM)).containsExactly(new UserRef("bob"));
    }

    @Test
    void leavesAPanelThatNoLongerNamesTheLeaverAlone() {
        PanelPeople<UserRef> edited = panel(Role.LEAD, "carol", Role.REVIEWER, "dave");

        assertThat(handOver(edited, Set.of(Role.LEAD, Role.REVIEWER), BOB)).isEmpty();
    }

    @Test
    void handsOverAnUnknownLeaverNamedByTheSameReference() {
        PanelPeople<UserRef> before = panel(Role.OWNER, "JIRAUSER404");
        Handover handover = ((Handover.Result.Accepted) Handover.of(Person.unknown("JIRAUSER404"), Set.of(Role.OWNER), BOB)).handover();

        PanelHandover.Rewrite<UserRef> rewrite = PanelHandover.apply(before, handover, new People(directory), BY_VALUE).orElseThrow();

        assertThat(rewrite.after().in(Role.OWNER)).containsExactly(new UserRef("key-bob"));
    }

    @Test
    void looksEachReferenceUpOnce() {
        PanelPeople<UserRef> before = panel(Role.LEAD, "alice", Role.PM, "alice", Role.REVIEWER, "alice,carol,carol");

        handOver(before, Set.of(Role.LEAD, Role.PM, Role.REVIEWER), BOB);

        assertThat(directory.lookups()).doesNotHaveDuplicates();
    }
}
