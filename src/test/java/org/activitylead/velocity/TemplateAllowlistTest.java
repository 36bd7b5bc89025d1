package org.activitylead.velocity;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.templaterenderer.RenderingException;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.activitylead.core.Links;
import org.activitylead.core.OutputMode;
import org.activitylead.core.PanelComposer;
import org.activitylead.core.view.PanelView;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.FakeUserDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bar B2: the {@code <velocity-allowlist>} in atlassian-plugin.xml and the templates stay in step in both
 * directions, and every template renders through a deny-by-default uberspector that allows only that list.
 */
class TemplateAllowlistTest {

    /** What ActivityLeadMacro puts into every template's context: one variable. */
    private static final Map<String, Class<?>> CONTEXT = Map.of("panel", PanelView.class);

    /** The output mode whose view model each template gets (ActivityLeadMacro: page views, or static exports). */
    private static final Map<String, OutputMode> MODES = Map.of(
            Templates.PANEL, OutputMode.INTERACTIVE,
            Templates.EXPORT, OutputMode.STATIC);

    /** What each #if branch of a template prints, so the scenarios below provably take every branch. */
    private static final Map<String, List<String>> BRANCHES = Map.of(
            Templates.PANEL, List.of("div.aui-message > p", "td > span.aui-lozenge:not(.activity-lead-customer-facing)",
                    "span.activity-lead-customer-facing", "span.activity-lead-not-set", "a.confluence-userlink[href]",
                    ".aui-avatar img[src]", "li.activity-lead-person-unknown > bdi", "span.activity-lead-person-state",
                    "span.activity-lead-note", "time[datetime]"),
            Templates.EXPORT, List.of("p.aui-message", "span.status-macro", "td:containsOwn(Customer-facing)",
                    "td:containsOwn(Not set)", "a[href] > bdi", "li > bdi:only-child", "li:containsOwn(deactivated)",
                    "td:containsOwn(Supports in the background)", "th:containsOwn(Review by)"));

    private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.,\\[\\]$]*)\\)");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final VelocityAllowlist allowlist = VelocityAllowlist.fromPluginDescriptor();

    static List<String> templates() {
        return Templates.all();
    }

    @Test
    void everyTemplateIsOneTheMacroRendersAndThisTestKnows() {
        assertThat(Templates.all()).containsExactlyInAnyOrderElementsOf(MODES.keySet());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyMethodTheTemplateCallsIsInTheAllowlist(String template) {
        assertThat(calls(template)).allSatisfy(call -> assertThat(allowlist.allows(call))
                .as("%s calls %s, which the velocity-allowlist in %s does not list", template, call, VelocityAllowlist.DESCRIPTOR)
                .isTrue());
    }

    @Test
    void everyAllowlistEntryIsCalledBySomeTemplate() {
        Set<String> called = Templates.all().stream().flatMap(template -> calls(template).stream()).collect(Collectors.toSet());
        Set<String> stale = new TreeSet<>(allowlist.entries());
        stale.removeAll(called);
        assertThat(stale).as("allowlist entries no template calls").isEmpty();
    }

    @Test
    void everyAllowlistEntryNamesAPublicMethodOfAPublicClass() throws ClassNotFoundException {
        assertThat(allowlist.entries()).isNotEmpty();
        for (String entry : allowlist.entries()) {
            Matcher parts = ENTRY.matcher(entry);
            assertThat(parts.matches()).as("%s is not of the form fq.Class#method(param.Types)", entry).isTrue();
            Class<?> type = Class.forName(parts.group(1));
            assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type).isTrue();
            assertThat(Arrays.stream(type.getMethods()).map(method -> VelocityAllowlist.entry(type, method)))
                    .as("public methods of %s", type)
                    .contains(entry);
        }
    }

    /**
     * Renders through the deny-by-default uberspector (an unlisted call would throw) with view models that fill every
     * row and branch, and checks the engine resolved exactly the calls read from the source: so the static reading
     * misses nothing the engine does, and the scenarios reach every call.
     */
    @ParameterizedTest
    @MethodSource("templates")
    void rendersEveryBranchCallingOnlyAllowlistedMethods(String template) throws IOException {
        VelocityTemplateRenderer renderer = VelocityTemplateRenderer.withHostEscaping(true);
        StringBuilder html = new StringBuilder();
        for (PanelView panel : scenarios(MODES.get(template))) {
            StringWriter out = new StringWriter();
            renderer.render(template, Map.of("panel", panel), out);
            html.append(out);
        }

        Document document = Jsoup.parseBodyFragment(html.toString());
        assertThat(BRANCHES.get(template)).allSatisfy(branch -> assertThat(document.select(branch))
                .as("%s: the branch that prints %s", template, branch).isNotEmpty());
        assertThat(renderer.calls()).as("calls the engine resolved").isEqualTo(calls(template));
    }

    @Test
    void aTemplateCallingAnUnlistedMethodFailsToRender() {
        VelocityTemplateRenderer renderer = VelocityTemplateRenderer.withHostEscaping(true);
        PanelView panel = scenarios(OutputMode.INTERACTIVE).get(0);

        assertThatThrownBy(() -> renderer.render("velocity/unlisted-call.vm", Map.of("panel", panel), new StringWriter()))
                .isInstanceOf(RenderingException.class)
                .hasCauseInstanceOf(AllowlistUberspect.DeniedCall.class)
                .hasMessageContaining(PanelView.class.getName() + "#getClass()");
    }

    private static Set<String> calls(String template) {
        return TemplateMethodCalls.of(template, Templates.source(template), CONTEXT);
    }

    /**
     * Two panels that together take every branch: one with every row (customer-facing status, a lead with avatar, a PM
     * in the background, a deactivated owner, an active, an unknown and a deactivated reviewer, a review date that
     * raises a message), and an empty one (no lead: "Not set" and a warning).
     */
    private static List<PanelView> scenarios(OutputMode mode) {
        FakeUserDirectory users = new FakeUserDirectory().with(
                aPerson("alice"), aPerson("paula"), aPerson("olga").deactivated(), aPerson("bob"), aPerson("dora").deactivated());
        PanelComposer composer = new PanelComposer(users, BundleTranslator.english(), Links.below("/wiki"), mode, TODAY);
        Map<String, String> everyRow = Map.of(
                "status", "LIVE",
                "customerFacing", "true",
                "activityLead", "alice",
                "pm", "paula",
                "owner", "olga",
                "reviewers", "bob,ghost,dora",
                "reviewBy", TODAY.plusDays(3).toString());
        return List.of(composer.compose(everyRow), composer.compose(Map.of()));
    }
}
