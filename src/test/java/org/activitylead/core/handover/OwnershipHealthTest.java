package org.activitylead.core.handover;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.report.ReportHit;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.testing.OwnershipBuilder;
import org.junit.jupiter.api.Test;

class OwnershipHealthTest {

    private static final Person ALICE = aPerson("alice").displayName("Alice Martin").build();
    private static final Person BOB = aPerson("bob").displayName("Bob Lee").build();
    private static final Person CAROL = aPerson("carol").displayName("Carol Nguyen").build();

    private static ReportHit page(String title, OwnershipBuilder activity) {
        return new ReportHit(0L, title, "/display/ENG/" + title, "ENG", "Engineering", Optional.of(OwnershipRecord.of(activity.build())));
    }

    @Test
    void groupsWhatEachPersonWhoLeftStillHoldsByRole() {
        List<ReportHit> found = List.of(
                page("Launch", anActivity().ledBy(ALICE).pm(BOB).reviewer(aPerson("carol").displayName("Carol Nguyen"))),
                page("Pricing", anActivity().ledBy(BOB).owner(ALICE)),
                page("Roadmap", anActivity().ledBy(CAROL)));
        // Since they were recorded, Alice was deactivated and Bob removed from the directory.
        FakeUserDirectory now = new FakeUserDirectory().with(aPerson("alice").displayName("Alice Martin").deactivated().build(), CAROL);

        OwnershipHealth.Health health = OwnershipHealth.of(found, new People(now));

        assertThat(health.leavers()).extracting(leaver -> leaver.person().key()).containsExactly("key-bob", "key-alice");
        OwnershipHealth.Leaver alice = health.leavers().get(1);
        assertThat(alice.holds().keySet()).containsExactly(Role.LEAD, Role.OWNER);
        assertThat(alice.holds().get(Role.LEAD)).extracting(ReportHit::title).containsExactly("Launch");
        assertThat(alice.holds().get(Role.OWNER)).extracting(ReportHit::title).containsExactly("Pricing");
        assertThat(alice.activities()).isEqualTo(2);
        OwnershipHealth.Leaver bob = health.leavers().get(0);
        assertThat(bob.person().known()).isFalse();
        assertThat(bob.holds().keySet()).containsExactly(Role.LEAD, Role.PM);
        assertThat(health.withoutLead()).isEmpty();
    }

    @Test
    void countsAnActivityOnceForAPersonInSeveralRoles() {
        Person gone = aPerson("dora").deactivated().build();
        List<ReportHit> found = List.of(page("Launch", anActivity().ledBy(gone).pm(gone).owner(gone)));

        OwnershipHealth.Health health = OwnershipHealth.of(found, new People(new FakeUserDirectory().with(gone)));

        assertThat(health.leavers()).singleElement().satisfies(leaver -> {
            assertThat(leaver.activities()).isEqualTo(1);
            assertThat(leaver.holds().keySet()).containsExactly(Role.LEAD, Role.PM, Role.OWNER);
        });
    }

    @Test
    void listsTheActivitiesWithoutAnyActivityLead() {
        List<ReportHit> found = List.of(page("Orphan", anActivity().owner(CAROL)), page("Led", anActivity().ledBy(CAROL)),
                new ReportHit(0L, "Unrecorded", "/display/ENG/Unrecorded", "ENG", "Engineering", Optional.empty()));

        OwnershipHealth.Health health = OwnershipHealth.of(found, new People(new FakeUserDirectory().with(CAROL)));

        assertThat(health.withoutLead()).extracting(ReportHit::title).containsExactly("Orphan");
        assertThat(health.leavers()).isEmpty();
    }

    @Test
    void looksEachPersonUpOnce() {
        FakeUserDirectory now = new FakeUserDirectory().with(ALICE, BOB);
        List<ReportHit> found = List.of(page("A", anActivity().ledBy(ALICE).pm(BOB)), page("B", anActivity().ledBy(BOB).pm(ALICE)));

        OwnershipHealth.of(found, new People(now));

        assertThat(now.lookups()).hasSize(2);
    }
}
