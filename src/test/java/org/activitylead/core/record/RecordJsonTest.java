package org.activitylead.core.record;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordJsonTest {

    private static final OwnershipRecord FULL = OwnershipRecord.of(anActivity().status(Status.IN_REVIEW)
            .ledBy(aPerson("alice").key("JIRAUSER\"1\\")).pm(aPerson("paul")).owner(aPerson("olga"))
            .reviewer(aPerson("rita")).reviewer(aPerson("rob")).customerFacing().reviewBy(LocalDate.of(2026, 12, 24)).build());

    @Test
    void writesTheFieldsTheIndexSchemaExtracts() {
        assertThat(RecordJson.write(FULL)).isEqualTo("{\"version\":1,\"status\":\"IN REVIEW\","
                + "\"lead\":\"JIRAUSER\\\"1\\\\\",\"leadName\":\"alice\",\"leads\":[\"JIRAUSER\\\"1\\\\\"],\"leadNames\":[\"alice\"],"
                + "\"pm\":\"key-paul\",\"pmName\":\"paul\",\"owner\":\"key-olga\",\"ownerName\":\"olga\","
                + "\"reviewers\":[\"key-rita\",\"key-rob\"],\"reviewerNames\":[\"rita\",\"rob\"],\"reviewerCount\":2,"
                + "\"customerFacing\":true,\"reviewBy\":\"2026-12-24\",\"attention\":[]}");
    }

    @Test
    void readsBackEveryRecordItWrites() {
        OwnershipRecord several = OwnershipRecord.of(anActivity().ledBy(aPerson("a")).ledBy(Person.unknown("x")).customerFacing().build());
        OwnershipRecord bare = new OwnershipRecord(java.util.Optional.empty(), java.util.List.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.List.of(), false, java.util.Optional.empty(), java.util.Set.of());

        for (OwnershipRecord record : java.util.List.of(FULL, several, bare)) {
            assertThat(RecordJson.read(RecordJson.write(record))).contains(record);
        }
        assertThat(RecordJson.write(several)).doesNotContain("\"lead\":");
        assertThat(RecordJson.write(bare)).doesNotContain("status");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"version\":\"1\"}",
            "{\"version\":1,\"status\":\"SHIPPED\"}",
            "{\"version\":1,\"status\":7}",
            "{\"version\":1,\"leads\":\"alice\",\"leadNames\":\"alice\"}",
            "{\"version\":1,\"leads\":[\"a\",\"b\",\"c\"],\"leadNames\":[\"a\",\"b\",\"c\"]}",
            "{\"version\":1,\"leads\":[1],\"leadNames\":[\"a\"]}",
            "{\"version\":1,\"leads\":[\"k\"]}",
            "{\"version\":1,\"pm\":\"k\"}",
            "{\"version\":1,\"pm\":\" padded \",\"pmName\":\"p\"}",
            "{\"version\":1,\"owner\":\"\",\"ownerName\":\"o\"}",
            "{\"version\":1,\"owner\":\"k\",\"ownerName\":\"o\\u0000\"}",
            "{\"version\":1,\"customerFacing\":\"yes\"}",
            "{\"version\":1,\"reviewBy\":\"24.12.2026\"}",
            "{\"version\":1,\"attention\":[\"review-overdue\"]}",
            "{\"version\":1,\"attention\":[\"bored\"]}",
            "not json"})
    void readsNothingFromAPropertyThisAppCouldNotHaveWritten(String json) {
        assertThat(RecordJson.read(json)).isEmpty();
    }

    @Test
    void readsTheFieldsItKnowsFromANewerRecord() {
        assertThat(RecordJson.read("{\"version\":2,\"status\":\"LIVE\",\"colour\":\"green\"}").orElseThrow().status())
                .contains(Status.LIVE);
    }
}
