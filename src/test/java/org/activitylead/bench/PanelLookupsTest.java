package org.activitylead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.macro.MacroExecutionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.Conversions;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.velocity.VelocityTemplateRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One whole render of the panel (macro, rules, Velocity template) asks the host's user lookup exactly once per distinct
 * name on the page, whatever the number of rows a person appears in. OwnershipTest proves the core's de-duplication;
 * this proves that nothing on the way to the HTML adds a lookup, at the sizes the benchmarks measure.
 */
class PanelLookupsTest {

    private static final LocalDate TODAY = LocalDate.now();

    private final VelocityTemplateRenderer velocity = VelocityTemplateRenderer.cachingTemplates(false);
    private final FakeUserDirectory users = new FakeUserDirectory().with(BenchmarkPage.people());

    @ParameterizedTest(name = "{0} reviewers")
    @ValueSource(ints = {0, 5, BenchmarkPage.MAX_REVIEWERS})
    void looksUpEachDistinctUserOnceHoweverManyRowsNameThem(int reviewers) throws MacroExecutionException {
        // The lead is also a reviewer, the PM is also the Owner, and every reviewer is listed twice.
        List<String> named = new ArrayList<>();
        IntStream.rangeClosed(1, reviewers - 1).mapToObj(BenchmarkPage::reviewer).forEach(named::add);
        if (reviewers > 0) {
            named.add(0, "alice");
        }
        List<String> listedTwice = new ArrayList<>(named);
        listedTwice.addAll(named);
        Map<String, String> page = Map.of("activityLead", "alice", "pm", "paula", "owner", "paula",
                "reviewers", String.join(",", listedTwice));

        String html = render(page);

        LinkedHashSet<String> distinct = new LinkedHashSet<>(List.of("alice", "paula"));
        distinct.addAll(named);
        assertThat(users.lookups()).extracting(UserRef::value).containsExactlyElementsOf(distinct);
        named.forEach(name -> assertThat(html).as("the panel shows %s", name).contains("data-username=\"" + name + "\""));
    }

    @ParameterizedTest(name = "{0} reviewers")
    @ValueSource(ints = {0, 5, BenchmarkPage.MAX_REVIEWERS})
    void theBenchmarkedPageCostsOneLookupPerSingleUserAndPerReviewer(int reviewers) throws MacroExecutionException {
        render(BenchmarkPage.parameters(reviewers, TODAY));

        assertThat(users.lookups()).hasSize(3 + reviewers).doesNotHaveDuplicates();
    }

    private String render(Map<String, String> parameters) throws MacroExecutionException {
        return ConfluenceStandIn.macro(velocity, users).execute(parameters, "", Conversions.rendering("display"));
    }
}
