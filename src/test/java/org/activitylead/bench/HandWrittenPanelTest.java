package org.activitylead.bench;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.confluence.macro.MacroExecutionException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.testing.Conversions;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.velocity.VelocityTemplateRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark floor is honest only if it writes what the template writes: for every branch of the panel template,
 * the hand-written panel's HTML equals the real Velocity render (host escaping on, as Confluence renders it).
 */
class HandWrittenPanelTest {

    private static final LocalDate TODAY = LocalDate.now();

    private final VelocityTemplateRenderer velocity = VelocityTemplateRenderer.cachingTemplates(false);

    @ParameterizedTest(name = "{0} reviewers")
    @ValueSource(ints = {0, 5, BenchmarkPage.MAX_REVIEWERS})
    void writesTheSameHtmlAsTheTemplateForTheBenchmarkedPages(int reviewers) throws MacroExecutionException {
        assertSameHtml(BenchmarkPage.parameters(reviewers, TODAY), new FakeUserDirectory().with(BenchmarkPage.people()));
    }

    /** The branches the benchmarked pages do not reach: missing, unknown, several, and people without avatars. */
    static Stream<Arguments> otherPages() {
        return Stream.of(
                Arguments.of("nothing set", Map.of()),
                Arguments.of("unknown status, unknown people",
                        Map.of("status", "SOMEDAY", "activityLead", "ghost", "reviewers", "ghost,phantom")),
                Arguments.of("several leads, overdue, not customer-facing", Map.of(
                        "activityLead", "alice,paula", "owner", "noavatar", "reviewBy", "2020-01-31", "customerFacing", "false")),
                Arguments.of("customer-facing without PM", Map.of("activityLead", "alice", "customerFacing", "true")),
                Arguments.of("encoded names", Map.of("activityLead", "angle")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherPages")
    void writesTheSameHtmlAsTheTemplateForEveryOtherBranch(String page, Map<String, String> parameters) throws MacroExecutionException {
        FakeUserDirectory users = new FakeUserDirectory().with(
                aPerson("alice"), aPerson("paula"), aPerson("noavatar").avatarPath(null),
                aPerson("angle").displayName("<b>Ang & \"Le\"</b>"));

        assertSameHtml(parameters, users);
    }

    @Test
    void refusesEveryTemplateButThePanel() {
        assertThatThrownBy(() -> new HandWrittenPanel().render("templates/activity-lead-panel-export.vm", Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertSameHtml(Map<String, String> parameters, UserDirectory users) throws MacroExecutionException {
        String template = ConfluenceStandIn.macro(velocity, users).execute(parameters, "", Conversions.rendering("display"));
        String floor = ConfluenceStandIn.macro(new HandWrittenPanel(), users).execute(parameters, "", Conversions.rendering("display"));

        assertThat(floor).isEqualTo(template);
    }
}
