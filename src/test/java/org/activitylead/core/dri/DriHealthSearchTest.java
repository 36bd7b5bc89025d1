package org.activitylead.core.dri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.record.RecordedUser;
import org.activitylead.core.report.ReportHit;
import org.junit.jupiter.api.Test;

class DriHealthSearchTest {

    private static final DriHealthSearch EVERY_PROJECT = new DriHealthSearch(Set.of());

    @Test
    void aJiraAdministratorSearchesEveryProject() {
        assertThat(DriHealthSearch.forViewer(true, List.of(10L))).contains(EVERY_PROJECT);
        assertThat(EVERY_PROJECT.inactive(10100)).isEqualTo("cf[10100] in inactiveDris() order by key asc");
    }

    @Test
    void aProjectAdministratorSearchesOnlyTheProjectsTheyAdminister() {
        DriHealthSearch scope = DriHealthSearch.forViewer(false, Arrays.asList(10002L, null, 10001L)).orElseThrow();

        assertThat(scope.everyProject()).isFalse();
        assertThat(scope.inactive(10100)).isEqualTo("cf[10100] in inactiveDris() and project in (10001, 10002) order by key asc");
    }

    @Test
    void anyoneElseSeesNothing() {
        assertThat(DriHealthSearch.forViewer(false, List.of())).isEmpty();
        assertThat(DriHealthSearch.forViewer(false, Arrays.asList((Long) null))).isEmpty();
    }

    @Test
    void findsTheEmptyDriOfTheListedTypesAndOfEpicsWhereAContextCoversEveryType() {
        assertThat(EVERY_PROJECT.withoutDri(10100, List.of("10001", " 10003 "), true, Optional.of("10000")))
                .contains("cf[10100] is EMPTY and issuetype in (10000, 10001, 10003) order by key asc");
        assertThat(EVERY_PROJECT.withoutDri(10100, List.of(), true, Optional.empty()))
                .contains("cf[10100] is EMPTY and issuetype in (\"Epic\") order by key asc");
    }

    @Test
    void nothingButIdsReachesTheQuery() {
        assertThat(EVERY_PROJECT.withoutDri(10100, Arrays.asList("10001) or project = 1 or (issuetype = 1", null, "x"), false, Optional.empty()))
                .isEmpty();
        assertThat(EVERY_PROJECT.withoutDri(10100, List.of(), true, Optional.of("Epic\" or 1=1")))
                .contains("cf[10100] is EMPTY and issuetype in (\"Epic\") order by key asc");
        assertThatThrownBy(() -> EVERY_PROJECT.inactive(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsAnIssueWithItsKeySummaryProjectAndTheStoredKeyOfItsDri() {
        ReportHit hit = DriHealthSearch.hit(7L, "ACT-7", "Launch", "ACT", "Activities", Optional.of("JIRAUSER10001"));

        assertThat(hit.contentId()).isEqualTo(7L);
        assertThat(hit.title()).isEqualTo("ACT-7 Launch");
        assertThat(hit.webPath()).isEqualTo("/browse/ACT-7");
        assertThat(hit.spaceName()).isEqualTo("Activities");
        assertThat(hit.record().orElseThrow().leads()).extracting(RecordedUser::key).containsExactly("JIRAUSER10001");
    }

    @Test
    void anIssueWithoutADriHasNoLead() {
        ReportHit hit = DriHealthSearch.hit(8L, "ACT-8", " ", "ACT", null, Optional.empty());

        assertThat(hit.title()).isEqualTo("ACT-8");
        assertThat(hit.spaceName()).isEmpty();
        assertThat(hit.record().orElseThrow().leads()).isEmpty();
    }
}
