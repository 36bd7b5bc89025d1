package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.activitylead.core.panel.OutputMode;
import org.activitylead.core.panel.Ownership;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of hostile input of the security bar that reaches the macro, end to end through the
 * real Velocity engine, once per render entry point (the page view and the static export) and escaping mode.
 * Each render must pass the DOM check, show text exactly once (or its documented replacement), never echo a
 * parameter value, never evaluate an expression, and never emit a script.
 */
class HostileInputTest {

    /**
     * One host output type per entry point: the macro picks its template and links by {@link OutputMode} alone, so
     * every other output type renders what its mode's representative renders (pinned below, one case per class).
     */
    static final Map<OutputMode, String> ENTRY_POINTS = Map.of(OutputMode.INTERACTIVE, "display", OutputMode.STATIC, "pdf");

    /** Every output type the host names, by the entry point it takes. */
    private static final List<String> HOST_OUTPUT_TYPES = List.of("display", "preview", "pdf", "word", "email", "feed", "html_export");

    /** The hard cap on user lookups: the leads that make "several", PM, Owner, and the reviewers up to the 21st person. */
    private static final int MAX_LOOKUPS = Ownership.MAX_LOOKUPS;

    private static final List<HostileCase> CASES = HostileCases.all();
    private static final MacroHarness MACRO = new MacroHarness();

    @TestFactory
    Stream<DynamicContainer> everyHostileInputRendersTheSameSafeHtmlOnEveryPathWhetherOrNotTheHostEscapes() {
        return CASES.stream().map(hostile -> dynamicContainer(hostile.toString(),
                ENTRY_POINTS.values().stream().sorted().map(outputType -> dynamicTest(outputType, () -> naming(hostile, outputType, () -> {
                    RenderedPanel escaped = MACRO.render(hostile, outputType, true);
                    RenderedPanel unescaped = MACRO.render(hostile, outputType, false);
                    assertThat(escaped.html()).as("the same HTML with host escaping on and off").isEqualTo(unescaped.html());
                    assertThat(escaped.body().select("div.activity-lead-panel")).as("the panel").hasSize(1);
                    checkSafe(hostile, escaped);
                    for (HostileCase.Expectation expectation : hostile.expectations()) {
                        expectation.check(escaped);
                    }
                })))));
    }

    /** What lets the corpus run once per entry point: an output type renders exactly what its mode's representative does. */
    @ParameterizedTest
    @MethodSource("oneCasePerClass")
    void everyOutputTypeRendersWhatTheRepresentativeOfItsEntryPointRenders(HostileCase hostile) throws Exception {
        for (String outputType : HOST_OUTPUT_TYPES) {
            String representative = ENTRY_POINTS.get(OutputMode.ofHostOutputType(outputType));
            assertThat(MACRO.render(hostile, outputType, true).html()).as(outputType)
                    .isEqualTo(MACRO.render(hostile, representative, true).html());
        }
    }

    static Stream<HostileCase> oneCasePerClass() {
        return CASES.stream().collect(Collectors.toMap(HostileCase::hostileClass, hostile -> hostile, (first, next) -> first,
                TreeMap::new)).values().stream();
    }

    /** The switch the escaping comparison relies on: the simulated host really escapes, and only by the host's name rule. */
    @Test
    void theSimulatedHostEscapesPlainReferencesButLeavesHtmlNamedOnesAlone() throws Exception {
        StringWriter out = new StringWriter();
        String markup = "<b title='x'>&\"";
        Map<String, Object> context = Map.of("name", markup, "nameHtml", markup, "bodyhtml", markup, "body", markup,
                "head", markup, "xHtmlContent", markup);

        VelocityTemplateRenderer.withHostEscaping(true).render("velocity/escaping-probe.vm", context, out);

        String escaped = "&lt;b title=&#39;x&#39;&gt;&amp;&quot;";
        assertThat(out.toString().strip()).isEqualTo(String.join("|", escaped, markup, markup, markup, markup, markup));
    }

    @ParameterizedTest
    @CsvSource({
            "$name, false",
            "$!{name}, false",
            "$nameHtml, true",
            "$NAMEHTML, true",
            "${xHtmlContent}, true",
            "$body, true",
            "$person.displayNameHtml(), true",
            "$person.displayNameHtml, true",
            "$!{person.getDisplayNameHtml()}, true",
            "$person.renderedName(), true",
            "$person.getRenderedStatus(), true",
            "$person.htmlName(), false",
            "$person.displayNamehtml(), false",
            "$person.body(), false",
            "$panel.status().cssClasses(), false",
            "$panel.textHtml().length(), false",
            "'$i18n.getText(\"a.b.Html\")', false"})
    void theSimulatedHostSkipsEscapingExactlyByTheHostsNameRule(String reference, boolean leftRaw) {
        assertThat(HostEscaping.leavesRaw(reference)).as(reference).isEqualTo(leftRaw);
    }

    /** Reports list dynamic tests by their factory's name only, so a failure names its case itself. */
    private static void naming(HostileCase hostile, String outputType, Executable check) throws Throwable {
        try {
            check.execute();
        } catch (AssertionError | Exception e) {
            throw new AssertionError(hostile + " on " + outputType + ": " + e.getMessage(), e);
        }
    }

    private static void checkSafe(HostileCase hostile, RenderedPanel panel) {
        DomCheck.check(panel);
        assertThat(panel.html().toLowerCase(Locale.ROOT)).as("a script element").doesNotContain("<script");
        List<String> inputs = hostile.inputs().toList();
        String shownEverywhere = panel.visibleText() + "\n" + String.join("\n", panel.attributeValues().toList());
        ShownText.assertNotEvaluatedNorEncodedTwice(inputs, shownEverywhere);
        String value = hostile.hostileParameterValue();
        if (value != null && HostileCases.shown(value.strip()).length() >= 4) {
            String shownValue = HostileCases.shown(value.strip());
            assertThat(panel.messages()).as("messages").noneSatisfy(message -> assertThat(message).contains(shownValue));
            assertThat(shownEverywhere).as("the page-supplied value, anywhere in the panel").doesNotContain(shownValue);
        }
        assertThat(panel.lookups()).as("user lookups").doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(MAX_LOOKUPS);
    }
}
