package org.activitylead.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.activitylead.core.dri.DriHealthSearch;
import org.activitylead.core.record.RecordedUser;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;
import org.junit.jupiter.api.Test;

class JiraDriIssuesTest {

    private static final DriHealthSearch EVERY_PROJECT = new DriHealthSearch(Set.of());

    private static ActivitySearch.Found find(DriHealthScreens screens, DriHealthSearch scope, int limit) {
        return screens.issues().find(screens.user("admin"), scope, limit);
    }

    @Test
    void findsTheDeactivatedDrisAndTheEmptyOnesWithTheKeyJiraStored() {
        ActivitySearch.Found found = find(DriHealthScreens.leavers(), EVERY_PROJECT, 2000);

        assertThat(found.hits()).extracting(ReportHit::title).containsExactly("ACT-1 Launch plan", "ACT-2 Pricing review", "ACT-3 Onboarding");
        assertThat(found.hits()).extracting(hit -> hit.record().orElseThrow().leads().stream().map(RecordedUser::key).toList())
                .containsExactly(List.of("JIRAUSER10001"), List.of("JIRAUSER10400"), List.of());
        assertThat(found.total()).isEqualTo(3);
    }

    @Test
    void searchesAsTheViewerInTheirScopeWithTheFieldsIdAndTheEpicType() {
        DriHealthScreens screens = DriHealthScreens.leavers();

        find(screens, DriHealthSearch.forViewer(false, List.of(10000L)).orElseThrow(), 2000);

        assertThat(screens.search().asked()).containsExactly(
                "JIRAUSER10000: cf[10100] in inactiveDris() and project in (10000) order by key asc",
                "JIRAUSER10000: cf[10100] is EMPTY and issuetype in (\"Epic\") and project in (10000) order by key asc");
    }

    @Test
    void leavesOutAnEmptyIssueOutsideTheFieldsContext() {
        DriHealthScreens screens = DriHealthScreens.leavers().outOfContext(3L);

        assertThat(find(screens, EVERY_PROJECT, 2000).hits()).extracting(ReportHit::contentId).containsExactly(1L, 2L);
    }

    @Test
    void stopsAtTheLimitAndSaysHowManyMatched() {
        ActivitySearch.Found found = find(DriHealthScreens.leavers(), EVERY_PROJECT, 2);

        assertThat(found.hits()).extracting(ReportHit::contentId).containsExactly(1L, 2L);
        assertThat(found.total()).isEqualTo(3);
    }

    @Test
    void aFailedSearchSaysSoWithoutItsCause() {
        DriHealthScreens screens = new DriHealthScreens();
        screens.search().failing();

        assertThatThrownBy(() -> find(screens, EVERY_PROJECT, 2000)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Jira's search failed");
    }
}
