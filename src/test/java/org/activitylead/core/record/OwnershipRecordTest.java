package org.activitylead.core.record;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.activitylead.core.panel.Attention;
import org.activitylead.core.panel.Ownership;
import org.activitylead.core.panel.OwnershipRules;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.Person;
import org.junit.jupiter.api.Test;

class OwnershipRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void recordsEveryKnownPersonByKeyAndWhatNeedsAttentionOnThePage() {
        OwnershipRecord record = OwnershipRecord.of(anActivity().ledBy(aPerson("alice")).owner(aPerson("olga"))
                .reviewBy(TODAY).customerFacing().build());

        assertThat(record.status()).contains(Status.DRAFT);
        assertThat(record.lead()).contains(new RecordedUser("key-alice", "alice"));
        assertThat(record.pm()).isEmpty();
        assertThat(record.owner()).contains(new RecordedUser("key-olga", "olga"));
        assertThat(record.customerFacing()).isTrue();
        assertThat(record.attention()).containsExactly(Attention.NO_PM);
    }

    @Test
    void keepsUnknownPeopleOutAndNamesNoLeadWhenThePageNamesSeveral() {
        OwnershipRecord unknown = OwnershipRecord.of(anActivity().ledBy(Person.unknown("ghost")).pm(Person.unknown("nobody")).build());
        OwnershipRecord several = OwnershipRecord.of(anActivity().ledBy(aPerson("alice")).ledBy(Person.unknown("ghost")).build());

        assertThat(unknown.leads()).isEmpty();
        assertThat(unknown.pm()).isEmpty();
        assertThat(unknown.attention()).containsExactly(Attention.LEAD_UNKNOWN);
        assertThat(several.leads()).containsExactly(new RecordedUser("key-alice", "alice"));
        assertThat(several.lead()).as("the lead").isEmpty();
        assertThat(several.attention()).containsExactly(Attention.SEVERAL_LEADS);
    }

    @Test
    void judgesTheActivityAsItStandsNowWithTheSameRules() {
        OwnershipRecord record = OwnershipRecord.of(anActivity().ledBy(aPerson("alice")).reviewBy(TODAY).build());
        Person aliceGone = aPerson("alice").deactivated().build();

        Ownership now = record.ownershipNow(user -> aliceGone);

        assertThat(OwnershipRules.attention(now, TODAY)).containsExactly(Attention.LEAD_DEACTIVATED, Attention.REVIEW_DUE);
        assertThat(OwnershipRules.attention(record.ownershipNow(user -> aPerson(user.username()).build()), TODAY.minusDays(15)))
                .isEmpty();
    }

    @Test
    void keepsALeadWhoWasNobodyUnknownAndSeveralLeadsSeveral() {
        OwnershipRecord unknown = OwnershipRecord.of(anActivity().ledBy(Person.unknown("ghost")).build());
        OwnershipRecord several = OwnershipRecord.of(anActivity().ledBy(aPerson("alice")).ledBy(Person.unknown("ghost")).build());
        OwnershipRecord none = OwnershipRecord.of(anActivity().build());

        assertThat(OwnershipRules.attention(unknown.ownershipNow(user -> null), TODAY)).containsExactly(Attention.LEAD_UNKNOWN);
        assertThat(OwnershipRules.attention(several.ownershipNow(user -> aPerson(user.username()).build()), TODAY))
                .containsExactly(Attention.SEVERAL_LEADS);
        assertThat(OwnershipRules.attention(none.ownershipNow(user -> null), TODAY)).containsExactly(Attention.NO_LEAD);
    }

    @Test
    void neverRecordsAReviewDateJudgement() {
        assertThatThrownBy(() -> record(List.of(), List.of(), Set.of(Attention.REVIEW_OVERDUE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdsAtMostTwoLeadsAndTwentyReviewers() {
        List<RecordedUser> twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> new RecordedUser("k" + i, "u" + i)).toList();

        assertThat(record(List.of(), twentyOne.subList(0, 20), Set.of()).reviewers()).hasSize(20);
        assertThatThrownBy(() -> record(List.of(), twentyOne, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record(twentyOne.subList(0, 3), List.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static OwnershipRecord record(List<RecordedUser> leads, List<RecordedUser> reviewers, Set<Attention> attention) {
        return new OwnershipRecord(Optional.empty(), leads, Optional.empty(), Optional.empty(), reviewers, false, Optional.empty(),
                attention);
    }
}
