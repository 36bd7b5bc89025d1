package org.activitylead.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.activitylead.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * Static guards for the security bar: the code never evaluates text,
 * templates cannot run or define code and quote every attribute, and view models hand out pre-encoded text only
 * through members the host knows to leave alone.
 */
class StaticSecurityTest {

    /** The folder of the fragments our templates share; its name is this app's, as Jira looks a parsed path up in every app. */
    private static final String FRAGMENTS = "templates/activity-lead/";

    /** Each of these evaluates a string as a template, wiki markup or storage format. */
    private static final List<Pattern> EVALUATING_CODE = List.of(
            Pattern.compile("\\bevaluate\\s*\\("),
            Pattern.compile("\\bgetRenderedContent\\s*\\("),
            Pattern.compile("\\brenderFragment\\s*\\("),
            Pattern.compile("\\bconvertWikiToXHtml\\s*\\("),
            Pattern.compile("\\bVelocity\\s*\\."),
            Pattern.compile("#disable_html_escaping"));

    /**
     * Directives that evaluate text, pull in other templates, define code, or turn the host's escaping off. The one
     * exception is a #parse of a fragment of ours by its literal path (below): never a reference, never a host's file.
     */
    private static final Pattern TEMPLATE_DIRECTIVE =
            Pattern.compile("#\\{?(?:(?:evaluate|include|define|macro|disable_html_escaping)\\b|parse\\b(?!\\}?\\(\""
                    + FRAGMENTS + "[\\w-]+\\.vm\"\\)))");
    /** Script and style elements: behaviour and styles come only from the web resource (so a Content-Security-Policy without 'unsafe-inline' holds). */
    private static final Pattern SCRIPT_OR_STYLE_ELEMENT = Pattern.compile("(?i)<\\s*(script|style)\\b");
    private static final Pattern TAG_START = Pattern.compile("<[A-Za-z]");
    /** A start tag; quoted values may hold ">" and Velocity references. */
    private static final Pattern TAG = Pattern.compile("<[A-Za-z][\\w:-]*((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    /** One attribute of a start tag, with its value as written: double-quoted, single-quoted, unquoted or absent. */
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'=<>/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]*))?");

    /** Velocity comments, which print nothing. */
    private static final Pattern VELOCITY_COMMENT = Pattern.compile("#\\*.*?\\*#|##[^\\n]*", Pattern.DOTALL);
    /** A directive or macro call with arguments ({@code #if(}, {@code #foreach(}, {@code #customControlHeader(}): prints none of them. */
    private static final Pattern DIRECTIVE_CALL = Pattern.compile("#\\{?[A-Za-z]\\w*}?\\s*\\(");
    /** The start of a reference: {@code $x}, {@code $!x}, {@code ${x}}, {@code $!{x}}. */
    private static final Pattern REFERENCE_START = Pattern.compile("\\$!?(\\{)?[A-Za-z][\\w-]*");
    private static final Pattern MEMBER = Pattern.compile("\\.([A-Za-z_]\\w*)");
    /** What a template may print itself: a pre-encoded ...Html member, or a class list from fixed constants. */
    private static final Pattern PRINTABLE_MEMBER = Pattern.compile(".*Html|cssClasses");

    private static final List<Pattern> SCRIPT_IN_CSS = List.of(
            Pattern.compile("(?i)expression\\s*\\("),
            Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*javascript:"));

    /** Where the plugin's scripts live; each is served by a web-resource, never inlined. */
    private static final Path SCRIPTS = ProjectFiles.MAIN_RESOURCES.resolve("js");
    /** What would let a script parse text as markup or run it as code: scripts build the DOM with DOM APIs only. */
    private static final List<Pattern> MARKUP_OR_CODE_FROM_TEXT = List.of(
            Pattern.compile("\\binnerHTML\\b"),
            Pattern.compile("\\bouterHTML\\b"),
            Pattern.compile("\\binsertAdjacentHTML\\b"),
            Pattern.compile("\\bdocument\\s*\\.\\s*write(ln)?\\b"),
            Pattern.compile("\\beval\\s*\\("),
            Pattern.compile("\\bnew\\s+Function\\b"),
            Pattern.compile("\\bFunction\\s*\\("),
            Pattern.compile("\\bset(Timeout|Interval)\\s*\\(\\s*['\"`]"));

    private static final JavaClasses VIEW_MODELS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.activitylead.core")
            .that(JavaClass.Predicates.simpleNameEndingWith("View"));

    @Test
    void mainCodeNeverEvaluatesTextAsTemplateOrMarkup() {
        assertThat(matches(ProjectFiles.mainJavaCode(), EVALUATING_CODE)).isEmpty();
    }

    @Test
    void templatesUseNoDirectiveThatEvaluatesIncludesOrDefinesCode() {
        assertThat(matches(templates(), List.of(TEMPLATE_DIRECTIVE))).isEmpty();
    }

    @Test
    void theDirectiveCheckLetsOnlyALiteralParseOfOurOwnFragmentsThrough() {
        assertThat(TEMPLATE_DIRECTIVE.matcher("<li>#parse(\"templates/activity-lead/person.vm\")</li>").find()).isFalse();
        assertThat(List.of("#parse($fragment)", "#parse(\"templates/plugins/fields/view/view-user.vm\")",
                "#parse(\"templates/activity-lead/../../x.vm\")", "#parse( \"templates/activity-lead/person.vm\")",
                "#include(\"templates/activity-lead/person.vm\")", "#{parse}($x)", "#evaluate($x)"))
                .allSatisfy(directive -> assertThat(TEMPLATE_DIRECTIVE.matcher(directive).find()).as(directive).isTrue());
    }

    @Test
    void templatesHaveNoScriptNoInlineStyleAndNoEventHandler() {
        List<String> violations = matches(templates(), List.of(SCRIPT_OR_STYLE_ELEMENT));
        forEachAttribute((where, name, value) -> {
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                violations.add(where + ": event handler attribute " + name);
            }
            if (name.equalsIgnoreCase("style")) {
                violations.add(where + ": style attribute");
            }
        });

        assertThat(violations).isEmpty();
    }

    @Test
    void everyTemplateAttributeValueIsDoubleQuotedAndHasNoQuietReference() {
        List<String> violations = new ArrayList<>();
        // A tag the pattern cannot read would hide its attributes from every check here.
        templates().forEach((path, text) -> {
            Set<Integer> parsed = TAG.matcher(text).results().map(MatchResult::start).collect(Collectors.toSet());
            TAG_START.matcher(text).results().filter(start -> !parsed.contains(start.start())).forEach(start ->
                    violations.add(path + ":" + ProjectFiles.lineOf(text, start.start()) + ": a start tag that cannot be parsed"));
        });
        forEachAttribute((where, name, value) -> {
            // Escaping does not cover ' everywhere, and an unquoted value ends at the first space in the browser.
            if (value != null && !value.startsWith("\"")) {
                violations.add(where + ": " + name + "=" + value + " is not double-quoted");
            }
            // $! only hides a null; CVE-2021-26084 was value='$!queryString'.
            if (value != null && value.contains("$!")) {
                violations.add(where + ": " + name + "=" + value + " uses a quiet reference");
            }
        });

        assertThat(violations).isEmpty();
    }

    /**
     * B1 in the templates themselves: every reference a template prints (not one it only tests, loops over or hands to
     * a directive, a macro or a method) ends in an {@code ...Html} member or is {@code cssClasses()}. So no raw value,
     * ours or the host's ({@code $value}, {@code $customField.name}), is printed, and the output cannot depend on
     * whether the host escapes.
     */
    @Test
    void templatesPrintOnlyHtmlMembersOrFixedCssClasses() {
        List<String> violations = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        templates().forEach((path, text) -> printedReferences(text).forEach((offset, reference) -> {
            printed.add(reference);
            Matcher member = MEMBER.matcher(reference);
            String last = null;
            while (member.find()) {
                last = member.group(1);
            }
            if (last == null || !PRINTABLE_MEMBER.matcher(last).matches()) {
                violations.add(path + ":" + ProjectFiles.lineOf(text, offset) + ": prints " + reference);
            }
        }));

        assertThat(printed).as("references the templates print").isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @Test
    void noViewRecordMemberIsNamedLikeAMethodTheHostPrintsRaw() {
        noMembers().that().areDeclaredInClassesThat().areRecords()
                .should().haveNameMatching("(?i)(get)?render.*")
                .because("the host does not escape what render.../getRender... methods return")
                .check(VIEW_MODELS);
    }

    @Test
    void htmlMembersOfViewRecordsReturnStrings() {
        methods().that().areDeclaredInClassesThat().areRecords().and().arePublic().and().haveNameEndingWith("Html")
                .should().haveRawReturnType(String.class)
                .because("...Html members carry text encoded by core.people.Html, and nothing else")
                .check(VIEW_MODELS);
    }

    @Test
    void viewRecordsHandOutStringsOnlyThroughHtmlMembersOrFixedCssClasses() {
        // cssClasses values come from fixed enums and constants, never from the page; toString is the record's own,
        // is not allowlisted, and is escaped by the host. Any other String would print unencoded text.
        methods().that().areDeclaredInClassesThat().areRecords().and().arePublic().and().haveRawReturnType(String.class)
                .should().haveNameMatching(".*Html|cssClasses|toString")
                .because("pre-encoded values reach templates only through ...Html members")
                .check(VIEW_MODELS);
    }

    @Test
    void stylesheetsRunNoScript() {
        assertThat(matches(ProjectFiles.read(ProjectFiles.MAIN_RESOURCES, ".css"), SCRIPT_IN_CSS)).isEmpty();
    }

    @Test
    void scriptsNeverTurnTextIntoMarkupOrCode() {
        Map<Path, String> scripts = ProjectFiles.read(SCRIPTS, ".js");

        assertThat(scripts).as("scripts under %s", SCRIPTS).isNotEmpty();
        assertThat(matches(scripts, MARKUP_OR_CODE_FROM_TEXT)).isEmpty();
    }

    /** Every script sits under js/, where the check above reads: none hides elsewhere among the resources. */
    @Test
    void everyScriptIsWhereTheScriptCheckReads() {
        assertThat(ProjectFiles.read(ProjectFiles.MAIN_RESOURCES, ".js").keySet())
                .allSatisfy(path -> assertThat(path).startsWith(SCRIPTS));
    }

    private static Map<Path, String> templates() {
        return ProjectFiles.read(ProjectFiles.MAIN_RESOURCES, ".vm");
    }

    private interface AttributeVisitor {
        /** {@code value} is as written, quotes included, or null for an attribute without a value. */
        void visit(String where, String name, String value);
    }

    private static void forEachAttribute(AttributeVisitor visitor) {
        templates().forEach((path, text) -> {
            Matcher tag = TAG.matcher(text);
            while (tag.find()) {
                Matcher attribute = ATTRIBUTE.matcher(tag.group(1));
                while (attribute.find()) {
                    visitor.visit(path + ":" + ProjectFiles.lineOf(text, tag.start()), attribute.group(1), attribute.group(2));
                }
            }
        });
    }

    /**
     * The references a template prints, by offset, with their whole member chain (arguments dropped): comments are
     * skipped, and so are the arguments of directives, macros and methods, which print nothing themselves.
     */
    private static Map<Integer, String> printedReferences(String template) {
        StringBuilder code = new StringBuilder(template);
        Matcher comment = VELOCITY_COMMENT.matcher(template);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                code.setCharAt(i, code.charAt(i) == '\n' ? '\n' : ' ');
            }
        }
        Map<Integer, String> printed = new TreeMap<>();
        int i = 0;
        while (i < code.length()) {
            Matcher directive = DIRECTIVE_CALL.matcher(code).region(i, code.length());
            Matcher reference = REFERENCE_START.matcher(code).region(i, code.length());
            if (code.charAt(i) == '#' && directive.lookingAt()) {
                i = closingParenthesis(code, directive.end() - 1) + 1;
            } else if (code.charAt(i) == '$' && reference.lookingAt()) {
                StringBuilder chain = new StringBuilder(reference.group());
                int end = reference.end();
                Matcher member = MEMBER.matcher(code);
                while (member.region(end, code.length()).lookingAt()) {
                    chain.append(member.group());
                    end = member.end();
                    if (end < code.length() && code.charAt(end) == '(') {
                        end = closingParenthesis(code, end) + 1;
                        chain.append("()");
                    }
                }
                if (reference.group(1) != null && end < code.length() && code.charAt(end) == '}') {
                    end++;
                }
                printed.put(i, chain.toString());
                i = end;
            } else {
                i++;
            }
        }
        return printed;
    }

    /** The offset of the parenthesis closing the one at {@code open}; quotes are skipped. */
    private static int closingParenthesis(CharSequence code, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced parenthesis at offset " + open);
    }

    /** "file:line: match" for every match of any pattern. */
    private static List<String> matches(Map<Path, String> files, List<Pattern> patterns) {
        List<String> found = new ArrayList<>();
        files.forEach((path, text) -> patterns.forEach(pattern -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(path + ":" + ProjectFiles.lineOf(text, matcher.start()) + ": " + matcher.group());
            }
        }));
        return found;
    }
}
