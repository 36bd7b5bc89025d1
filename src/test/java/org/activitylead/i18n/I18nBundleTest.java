package org.activitylead.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activitylead.core.panel.Attention;
import org.activitylead.core.panel.Parameter;
import org.activitylead.core.panel.ParameterProblem;
import org.activitylead.core.panel.Status;
import org.activitylead.core.report.ReportParameter;
import org.activitylead.core.report.ReportProblem;
import org.activitylead.core.dri.DriVerdict;
import org.activitylead.testing.I18nBundle;
import org.activitylead.testing.PluginDescriptor;
import org.activitylead.testing.ProjectFiles;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The host shows a raw key, a swallowed apostrophe or a wrong argument without any error, and only in the language
 * that has the fault; so every bundle is checked against the others and against every place that names a key.
 */
class I18nBundleTest {

    private static final String KEY_PREFIX = "activity-lead.";
    /**
     * A Java string literal, and whether "+" follows it or it ends in "." (then it starts a computed key, as the
     * prefixes given to MessageKeys do). Character literals are
     * matched too, only so that a '"' is never taken for the start of a string.
     */
    private static final Pattern JAVA_LITERAL =
            Pattern.compile("'(?:[^'\\\\]|\\\\.)+'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"(\\s*\\+)?");
    /** A quoted string in a template, e.g. the argument of {@code $i18n.getText("...")}. */
    private static final Pattern TEMPLATE_LITERAL = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    /** A MessageFormat argument such as {0} or {1,date}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.load();
    private static final List<I18nBundle> BUNDLES = I18nBundle.all(DESCRIPTOR);
    private static final I18nBundle BASE = BUNDLES.get(0);

    @Test
    void theAppShipsExactlyTheEnglishGermanAndFrenchBundles() {
        Path baseName = Path.of(DESCRIPTOR.i18nBaseName());
        String prefix = baseName.getFileName().toString();
        // A bundle nobody registered here would escape every other check in this class.
        List<String> files = ProjectFiles.read(ProjectFiles.MAIN_RESOURCES.resolve(baseName.getParent()), ".properties").keySet()
                .stream()
                .map(file -> file.getFileName().toString())
                .filter(name -> name.startsWith(prefix))
                .toList();

        assertThat(files).containsExactlyInAnyOrderElementsOf(BUNDLES.stream().map(I18nBundle::toString).toList());
    }

    @Test
    void everyBundleHasExactlyTheKeysOfTheEnglishOne() {
        SoftAssertions softly = new SoftAssertions();
        for (I18nBundle bundle : BUNDLES) {
            softly.assertThat(missing(BASE.keys(), bundle)).as("keys of %s missing from %s", BASE, bundle).isEmpty();
            softly.assertThat(missing(bundle.keys(), BASE)).as("keys only in %s", bundle).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void noBundleDefinesAKeyTwice() {
        SoftAssertions softly = new SoftAssertions();
        BUNDLES.forEach(bundle -> softly.assertThat(bundle.keysDefinedTwice()).as("keys defined twice in %s", bundle).isEmpty());
        softly.assertAll();
    }

    @Test
    void noValueIsEmpty() {
        assertThat(entriesWhere((key, value) -> value.isBlank())).isEmpty();
    }

    @Test
    void bundlesAreAsciiWithOtherCharactersEscaped() {
        // Hosts differ in the encoding they read properties with; escaped characters read the same in all of them.
        SoftAssertions softly = new SoftAssertions();
        for (I18nBundle bundle : BUNDLES) {
            Set<Integer> lines = new TreeSet<>();
            int line = 1;
            for (byte b : bundle.bytes()) {
                if (b < 0) {
                    lines.add(line);
                }
                line += b == '\n' ? 1 : 0;
            }
            softly.assertThat(lines).as("lines of %s with non-ASCII bytes", bundle).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void noValueHoldsAnAsciiApostrophe() {
        // MessageFormat takes ' as a quote: "l'activite {0}" would lose the apostrophe and print {0} literally.
        // Checked on the unescaped values, so an escaped apostrophe is caught as well.
        assertThat(entriesWhere((key, value) -> value.contains("'"))).isEmpty();
    }

    @Test
    void noValueHoldsHtmlMarkup() {
        // Every text is HTML-encoded before it reaches a page, so markup would show as text, or tempt someone to
        // stop encoding it.
        assertThat(entriesWhere((key, value) -> value.contains("<"))).isEmpty();
    }

    @Test
    void everyValueIsAMessageFormatWithTheSameArgumentsInEveryLanguage() {
        SoftAssertions softly = new SoftAssertions();
        for (I18nBundle bundle : BUNDLES) {
            bundle.entries().forEach((key, value) -> {
                softly.assertThatCode(() -> new MessageFormat(value)).as("%s in %s", key, bundle).doesNotThrowAnyException();
                softly.assertThat(placeholders(value)).as("arguments of %s in %s", key, bundle)
                        .isEqualTo(placeholders(BASE.entries().getOrDefault(key, "")));
            });
        }
        softly.assertAll();
    }

    @Test
    void everyKeyDerivedFromAnEnumIsInEveryBundle() {
        List<String> keys = keysDerivedFromEnums().toList();

        assertThat(BUNDLES.stream().flatMap(bundle -> missing(keys, bundle).stream())).isEmpty();
    }

    @Test
    void everyKeyTheMainCodeSpellsOutIsInEveryBundle() {
        List<KeyLiteral> literals = javaKeyLiterals();
        List<String> keys = literals.stream().filter(literal -> !literal.computed()).map(KeyLiteral::text).toList();
        List<String> prefixes = literals.stream().filter(KeyLiteral::computed).map(KeyLiteral::text).toList();

        assertThat(keys).as("keys in the main code").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(BUNDLES.stream().flatMap(bundle -> missing(keys, bundle).stream())).isEmpty();
        // "activity-lead.row." + name: the computed keys themselves are checked through the enums above.
        softly.assertThat(prefixes.stream().filter(prefix -> BASE.keys().stream().noneMatch(key -> key.startsWith(prefix))))
                .as("key prefixes no key starts with").isEmpty();
        softly.assertAll();
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> used = new LinkedHashSet<>(DESCRIPTOR.macroBrowserKeys());
        keysDerivedFromEnums().forEach(used::add);
        javaKeyLiterals().stream().filter(literal -> !literal.computed()).forEach(literal -> used.add(literal.text()));
        descriptorValues(DESCRIPTOR.root(), used);
        ProjectFiles.read(ProjectFiles.MAIN_RESOURCES, ".vm").values().forEach(template -> {
            Matcher matcher = TEMPLATE_LITERAL.matcher(template);
            while (matcher.find()) {
                used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        });

        // Exact matches only: a key that merely shares a prefix with a used one is still unused.
        assertThat(BASE.keys().stream().filter(key -> !used.contains(key))).as("keys nothing refers to").isEmpty();
    }

    /** "bundle lacks key" for each of {@code keys} the bundle lacks. */
    private static List<String> missing(Collection<String> keys, I18nBundle bundle) {
        return keys.stream().filter(key -> !bundle.keys().contains(key)).map(key -> bundle + " lacks " + key).toList();
    }

    /** "bundle: key=value" for every entry of every bundle that matches. */
    private static List<String> entriesWhere(BiPredicate<String, String> matches) {
        return BUNDLES.stream().flatMap(bundle -> bundle.entries().entrySet().stream()
                        .filter(entry -> matches.test(entry.getKey(), entry.getValue()))
                        .map(entry -> bundle + ": " + entry.getKey() + "=" + entry.getValue()))
                .toList();
    }

    /** Status, Parameter, ParameterProblem.Kind and DriVerdict.Reason name their keys in code: every constant's key must exist. */
    private static Stream<String> keysDerivedFromEnums() {
        return Stream.of(
                Arrays.stream(Status.values()).map(Status::messageKey),
                Arrays.stream(Parameter.values()).map(Parameter::labelKey),
                Arrays.stream(ParameterProblem.Kind.values()).map(ParameterProblem.Kind::messageKey),
                Arrays.stream(DriVerdict.Reason.values()).map(DriVerdict.Reason::messageKey),
                Arrays.stream(Attention.values()).map(Attention::messageKey),
                Arrays.stream(ReportParameter.values()).map(ReportParameter::labelKey),
                Arrays.stream(ReportProblem.Kind.values()).map(ReportProblem.Kind::messageKey))
                .flatMap(keys -> keys);
    }

    /** A string literal of the main code that starts with "activity-lead."; computed when "+" follows it. */
    private record KeyLiteral(String text, boolean computed) {
    }

    /** Every key literal of the main code, comments left out. */
    private static List<KeyLiteral> javaKeyLiterals() {
        List<KeyLiteral> literals = new ArrayList<>();
        for (String code : ProjectFiles.mainJavaCode().values()) {
            Matcher matcher = JAVA_LITERAL.matcher(code);
            while (matcher.find()) {
                if (matcher.group(1) != null && matcher.group(1).startsWith(KEY_PREFIX)) {
                    literals.add(new KeyLiteral(matcher.group(1), matcher.group(2) != null || matcher.group(1).endsWith(".")));
                }
            }
        }
        return literals;
    }

    /** Every attribute value and leaf text of the descriptor: i18n keys appear there as whole values. */
    private static void descriptorValues(Element element, Set<String> values) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            values.add(element.getAttributes().item(i).getNodeValue());
        }
        List<Element> children = PluginDescriptor.children(element, null);
        if (children.isEmpty()) {
            values.add(element.getTextContent().strip());
        }
        children.forEach(child -> descriptorValues(child, values));
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            indexes.add(Integer.valueOf(matcher.group(1)));
        }
        return indexes;
    }
}
