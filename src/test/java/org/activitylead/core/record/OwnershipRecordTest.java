package org.activitylead.core.record;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.panel.Attention;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnershipRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void recordsEveryKnownPersonByKeyAndWhatNeedsAttentionOnThePage() {
        OwnershipRecord record = OwnershipRecord.of(anActivity().ledBy(aPerson("alice")).owner(aPerson("olga"))
                .reviewBy(TODAY).customerFacing().build());

        assertThat(record.status()).contains(Status.DRAFT);
        assertThat(record.lead()).contains("key-alice");
        assertThat(record.pm()).isEmpty();
        assertThat(record.owner()).contains("key-olga");
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
        assertThat(several.leads()).containsExactly("key-alice");
        assertThat(several.lead()).as("the lead").isEmpty();
        assertThat(several.attention()).containsExactly(Attention.SEVERAL_LEADS);
    }

    @Test
    void judgesTheReviewDateOnTheDayItIsRead() {
        OwnershipRecord record = OwnershipRecord.of(anActivity().ledBy(aPerson("alice")).reviewBy(TODAY).build());

        assertThat(record.attention()).isEmpty();
        assertThat(record.attentionOn(TODAY.minusDays(15))).isEmpty();
        assertThat(record.attentionOn(TODAY)).containsExactly(Attention.REVIEW_DUE);
        assertThat(record.attentionOn(TODAY.plusDays(1))).containsExactly(Attention.REVIEW_OVERDUE);
    }

    @Test
    void neverRecordsAReviewDateJudgement() {
        assertThatThrownBy(() -> record(List.of(), List.of(), Set.of(Attention.REVIEW_OVERDUE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " key", "key\n", "k\u0000y"})
    void refusesWhatNoHostWritesAsAUserKeyWithoutRepeatingIt(String key) {
        assertThatThrownBy(() -> record(List.of(key), List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a user key");
        assertThatThrownBy(() -> record(List.of(), List.of("ok", key), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdsAtMostTwoLeadsAndTwentyReviewers() {
        List<String> twentyOne = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "k" + i).toList();

        assertThat(record(List.of(), twentyOne.subList(0, 20), Set.of()).reviewers()).hasSize(20);
        assertThatThrownBy(() -> record(List.of(), twentyOne, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record(List.of("a", "b", "c"), List.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static OwnershipRecord record(List<String> leads, List<String> reviewers, Set<Attention> attention) {
        return new OwnershipRecord(Optional.empty(), leads, Optional.empty(), Optional.empty(), reviewers, false, Optional.empty(),
                attention);
    }
}
