package org.activitylead.core.handover;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;

class HandoverRequestTest {

    private static final Person ALICE = aPerson("alice").deactivated().build();
    private static final Person BOB = aPerson("bob").build();
    private final FakeUserDirectory directory = new FakeUserDirectory().with(ALICE, BOB);

    @Test
    void findsTheRecordedPagesThatNameTheLeaverByKeyInTheRoles() {
        assertThat(new HandoverRequest("key-alice", Set.of(Role.REVIEWER, Role.LEAD), "key-bob").candidatesCql())
                .isEqualTo("type in (page, blogpost) and (activityLeadKey = \"key-alice\" or activityReviewerKey = \"key-alice\") order by id asc");
    }

    @Test
    void quotesAKeyThatLooksLikeCql() {
        String cql = new HandoverRequest("x\" or space = \"ENG", Set.of(Role.OWNER), "key-bob").candidatesCql();

        assertThat(cql).isEqualTo("type in (page, blogpost) and (activityOwnerKey = \"x\\\" or space = \\\"ENG\") order by id asc");
    }

    @Test
    void becomesAHandoverOfThePeopleAsTheyAreNow() {
        Handover.Result result = new HandoverRequest("key-alice", Set.of(Role.PM), "key-bob").resolve(directory);

        assertThat(result).isEqualTo(new Handover.Result.Accepted(new Handover(ALICE, Set.of(Role.PM), BOB)));
    }

    @Test
    void handsOverALeaverTheHostNoLongerKnows() {
        Handover.Result result = new HandoverRequest("JIRAUSER404", Set.of(Role.PM), "key-bob").resolve(directory);

        assertThat(((Handover.Result.Accepted) result).handover().leaver()).isEqualTo(Person.unknown("JIRAUSER404"));
    }

    @Test
    void refusesASuccessorWhoIsNoLongerActive() {
        assertThat(new HandoverRequest("key-bob", Set.of(Role.PM), "key-alice").resolve(directory))
                .isEqualTo(new Handover.Result.Refused(HandoverProblem.SUCCESSOR_DEACTIVATED));
        assertThat(new HandoverRequest("key-alice", Set.of(Role.PM), "key-nobody").resolve(directory))
                .isEqualTo(new Handover.Result.Refused(HandoverProblem.SUCCESSOR_UNKNOWN));
    }

    @Test
    void takesOnlyUserReferencesForPeople() {
        assertThatThrownBy(() -> new HandoverRequest(" ", Set.of(Role.PM), "key-bob")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HandoverRequest("key-alice", Set.of(Role.PM), "x".repeat(300))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HandoverRequest("key-alice", Set.of(), "key-bob").candidatesCql()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aScreensParametersAskForARequestOrSayWhyNotWithoutShowingThemBack() {
        assertThat(HandoverRequest.ask(ALICE.key(), Set.of(Role.LEAD), BOB.key(), directory))
                .isEqualTo(new HandoverRequest.Asked.Valid(new HandoverRequest(ALICE.key(), Set.of(Role.LEAD), BOB.key())));
        assertThat(HandoverRequest.ask("", Set.of(Role.LEAD), BOB.key(), directory))
                .isEqualTo(new HandoverRequest.Asked.Refused("activity-lead.handover.error.person-invalid"));
        assertThat(HandoverRequest.ask(ALICE.key(), Set.of(Role.LEAD), "x\u0000y", directory))
                .isEqualTo(new HandoverRequest.Asked.Refused("activity-lead.handover.error.person-invalid"));
        assertThat(HandoverRequest.ask(ALICE.key(), Set.of(), BOB.key(), directory))
                .isEqualTo(new HandoverRequest.Asked.Refused(HandoverProblem.NO_ROLE.messageKey()));
        assertThat(HandoverRequest.ask(ALICE.key(), Set.of(Role.LEAD), "key-nobody", directory))
                .isEqualTo(new HandoverRequest.Asked.Refused(HandoverProblem.SUCCESSOR_UNKNOWN.messageKey()));
    }
}
