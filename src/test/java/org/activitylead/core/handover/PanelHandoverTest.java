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

    private static PanelPeople panel(Object... roleThenReferences) {
        Map<Role, List<UserRef>> people = new EnumMap<>(Role.class);
        for (int i = 0; i < roleThenReferences.length; i += 2) {
            people.put((Role) roleThenReferences[i], Arrays.stream(((String) roleThenReferences[i + 1]).split(",")).map(UserRef::new).toList());
        }
        return new PanelPeople(people);
    }

    private Optional<PanelHandover.Rewrite> handOver(PanelPeople panel, Set<Role> roles, Person successor) {
        Handover handover = ((Handover.Result.Accepted) Handover.of(ALICE, roles, successor)).handover();
        return PanelHandover.apply(panel, handover, new People(directory));
    }

    @Test
    void replacesTheLeaverInTheRoleWithTheSuccessorsKey() {
        PanelPeople before = panel(Role.LEAD, "alice", Role.PM, "carol");

        PanelHandover.Rewrite rewrite = handOver(before, Set.of(Role.LEAD), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.LEAD)).containsExactly(new UserRef("key-bob"));
        assertThat(rewrite.after().in(Role.PM)).isEqualTo(before.in(Role.PM));
        assertThat(rewrite.changed()).containsExactly(Role.LEAD);
    }

    @Test
    void findsTheLeaverByKeyOrByUsername() {
        PanelPeople before = panel(Role.LEAD, "key-alice", Role.OWNER, "alice");

        PanelHandover.Rewrite rewrite = handOver(before, Set.of(Role.LEAD, Role.OWNER), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.LEAD)).containsExactly(new UserRef("key-bob"));
        assertThat(rewrite.after().in(Role.OWNER)).containsExactly(new UserRef("key-bob"));
    }

    @Test
    void changesOnlyTheRolesHandedOver() {
        PanelPeople before = panel(Role.LEAD, "alice", Role.PM, "alice", Role.OWNER, "alice", Role.REVIEWER, "alice");

        PanelHandover.Rewrite rewrite = handOver(before, Set.of(Role.PM), BOB).orElseThrow();

        assertThat(rewrite.changed()).containsExactly(Role.PM);
        for (Role role : List.of(Role.LEAD, Role.OWNER, Role.REVIEWER)) {
            assertThat(rewrite.after().in(role)).isEqualTo(before.in(role));
        }
    }

    @Test
    void keepsTheReviewersInTheirOrderWithTheSuccessorInTheLeaversPlace() {
        PanelPeople before = panel(Role.REVIEWER, "carol,alice,dave");

        PanelHandover.Rewrite rewrite = handOver(before, Set.of(Role.REVIEWER), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.REVIEWER)).extracting(UserRef::value).containsExactly("carol", "key-bob", "dave");
    }

    @Test
    void doesNotNameASuccessorWhoIsAlreadyAReviewerTwice() {
        PanelPeople before = panel(Role.REVIEWER, "bob,alice,dave");

        PanelHandover.Rewrite rewrite = handOver(before, Set.of(Role.REVIEWER), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.REVIEWER)).extracting(UserRef::value).containsExactly("bob", "dave");
    }

    @Test
    void replacesALeaverNamedTwiceInOneRoleOnce() {
        PanelPeople before = panel(Role.REVIEWER, "alice,carol,key-alice");

        PanelHandover.Rewrite rewrite = handOver(before, Set.of(Role.REVIEWER), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.REVIEWER)).extracting(UserRef::value).containsExactly("key-bob", "carol");
    }

    @Test
    void letsTheSuccessorLeadAndManageTheSameActivity() {
        PanelPeople before = panel(Role.LEAD, "alice", Role.PM, "bob");

        PanelHandover.Rewrite rewrite = handOver(before, Set.of(Role.LEAD), BOB).orElseThrow();

        assertThat(rewrite.after().in(Role.LEAD)).containsExactly(new UserRef("key-bob"));
        assertThat(rewrite.after().in(Role.PM)).containsExactly(new UserRef("bob"));
    }

    @Test
    void leavesAPanelThatNoLongerNamesTheLeaverAlone() {
        PanelPeople edited = panel(Role.LEAD, "carol", Role.REVIEWER, "dave");

        assertThat(handOver(edited, Set.of(Role.LEAD, Role.REVIEWER), BOB)).isEmpty();
    }

    @Test
    void handsOverAnUnknownLeaverNamedByTheSameReference() {
        PanelPeople before = panel(Role.OWNER, "JIRAUSER404");
        Handover handover = ((Handover.Result.Accepted) Handover.of(Person.unknown("JIRAUSER404"), Set.of(Role.OWNER), BOB)).handover();

        PanelHandover.Rewrite rewrite = PanelHandover.apply(before, handover, new People(directory)).orElseThrow();

        assertThat(rewrite.after().in(Role.OWNER)).containsExactly(new UserRef("key-bob"));
    }

    @Test
    void looksEachReferenceUpOnce() {
        PanelPeople before = panel(Role.LEAD, "alice", Role.PM, "alice", Role.REVIEWER, "alice,carol,carol");

        handOver(before, Set.of(Role.LEAD, Role.PM, Role.REVIEWER), BOB);

        assertThat(directory.lookups()).doesNotHaveDuplicates();
    }
}
