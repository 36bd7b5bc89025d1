package org.activitylead.velocity;

import static org.activitylead.velocity.HostileCases.describe;
import static org.activitylead.velocity.HostileCases.occurrences;
import static org.activitylead.velocity.HostileCases.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activitylead.core.dri.DriDirectory;
import org.activitylead.core.dri.DriRules;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.dri.DriVerdict;
import org.activitylead.core.dri.DriFieldView;
import org.activitylead.velocity.HostileCases.Payload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The hostile-input classes of the security bar for the Jira DRI field (groups E to G as they reach its templates): hostile display
 * names, usernames and stored user keys, and hostile values submitted to the edit screen, rendered end to end through
 * the production view models (DriViews, DriFieldView) and the real Velocity engine playing Jira, with the host's
 * escaping on and off. Every render must give the same HTML both ways, pass the DOM check (edit.vm with Jira's
 * stand-in macros around it), show text exactly once, never evaluate an expression and never emit a script; the XML
 * export must be well-formed XML holding exactly the field value.
 */
class DriHostileInputTest {

    static final String F = "F stored keys";
    static final String G = "G submitted values";

    private static final String KEY = "JIRAUSER10100";
    private static final String USERNAME = "mallory";
    private static final String DISPLAY_NAME = "Mallory Example";
    private static final Person ALICE = Person.of("JIRAUSER10001", "alice", "Alice Example", true, null);

    private static final String UNKNOWN_USER = Bundle.text("activity-lead.person.unknown");
    private static final String INACTIVE = Bundle.text("activity-lead.dri.inactive");
    private static final String PROFILE = DriFieldHarness.BASE_URL + "/secure/ViewProfile.jspa?name=";
    private static final String AVATAR = DriFieldHarness.BASE_URL + "/secure/useravatar?size=xsmall&ownerId=";


    /** Our classes and AUI's, plus exactly what the DRI templates (and, around edit.vm, Jira's macros) write. */
    private static final Set<String> CLASSES = DomCheck.union(DomCheck.CLASSES, DomCheck.DRI_TEMPLATE_CLASSES);
    private static final Set<String> EDIT_CLASSES = DomCheck.union(CLASSES, DomCheck.JIRA_MACRO_CLASSES);
    private static final Map<String, DomCheck.Vocabulary> VOCABULARIES = new ConcurrentHashMap<>();

    private static final DriFieldHarness HARNESS = new DriFieldHarness();

    /** One render of one DRI template, read as a browser (jsoup) and, for the XML export, as XML. */
    record Rendered(String template, String html, Document document, org.w3c.dom.Document xml) {

        boolean isXml() {
            return xml != null;
        }

        /** Visible text, or the XML's text. */
        String text() {
            return isXml() ? xml.getDocumentElement().getTextContent() : document.body().wholeText();
        }

        Stream<String> attributeValues() {
            if (isXml()) {
                List<String> values = new ArrayList<>();
                collectAttributes(xml.getDocumentElement(), values);
                return values.stream();
            }
            return document.body().getAllElements().stream().flatMap(element -> element.attributes().asList().stream())
                    .map(Attribute::getValue);
        }

        List<String> names() {
            return document.select("bdi").stream().map(Element::wholeText).toList();
        }

        Optional<Element> first(String selector) {
            return Optional.ofNullable(document.selectFirst(selector));
        }
    }

    /** A check of one render of a case. */
    @FunctionalInterface
    interface Expectation {
        void check(Rendered rendered) throws Exception;
    }

    /**
     * A hostile input where the DRI templates take it: what DriCFType stores and finds (a key, the user it names or
     * null), what the edit screen got back ({@code submitted}, Jira's {@code $value}), and what each template must show.
     */
    record DriCase(String hostileClass, String description, String storedKey, Person dri, Object submitted,
                   List<String> templates, List<String> inputs, Map<String, Expectation> expectations) {

        @Override
        public String toString() {
            return hostileClass + ": " + description;
        }
    }

    // ===== Tests =====

    @TestFactory
    Stream<DynamicContainer> everyHostileInputRendersTheSameSafeOutputWhetherOrNotJiraEscapes() {
        return cases().map(hostile -> dynamicContainer(hostile.toString(), hostile.templates().stream()
                .map(template -> dynamicTest(template, () -> naming(hostile, template, () -> {
                    Rendered escaped = render(hostile, template, true);
                    Rendered unescaped = render(hostile, template, false);
                    assertThat(escaped.html()).as("the same output with host escaping on and off").isEqualTo(unescaped.html());
                    checkSafe(hostile, escaped);
                    Expectation expectation = hostile.expectations().get(template);
                    if (expectation != null) {
                        expectation.check(escaped);
                    }
                })))));
    }

    /** The XML export of a key no user has any more: found by this test; it printed a bare Velocity reference. */
    @Test
    void theXmlExportOfAStoredKeyNoUserHasLeavesTheUsernameOut() throws Exception {
        for (boolean escaping : List.of(true, false)) {
            String xml = HARNESS.render(Templates.DRI_XML,
                    DriFieldHarness.context(Templates.DRI_XML, HARNESS.field("JIRAUSER99999", null), null, null, false), escaping);

            assertThat(xml).as("a Velocity reference left in the export").doesNotContain("$");
            org.w3c.dom.Element value = (org.w3c.dom.Element) parseXml(xml).getElementsByTagName("customfieldvalue").item(0);
            assertThat(value.hasAttribute("username")).isFalse();
            assertThat(value.getTextContent()).isEqualTo(UNKNOWN_USER);
        }
    }

    /** Jira hands the edit template whatever the form held; anything but one string sends the stored DRI back. */
    @Test
    void theEditScreenSendsTheStoredDriBackWhenJiraSubmittedNoSingleString() throws Exception {
        List<Object> notOneString = new ArrayList<>(List.of(List.of("bob", "eve"), new String[] {"bob"}, 42, "", " \t\r\n "));
        notOneString.add(null);
        for (Object submitted : notOneString) {
            String html = HARNESS.render(Templates.DRI_EDIT,
                    DriFieldHarness.context(Templates.DRI_EDIT, HARNESS.field(ALICE.key(), ALICE), submitted, null, true), true);
            assertThat(Jsoup.parseBodyFragment(html).select("input").eachAttr("value")).as("value for %s", submitted)
                    .containsExactly(ALICE.username());
        }
    }

    // ===== Cases =====

    static Stream<DriCase> cases() {
        List<DriCase> cases = new ArrayList<>();
        for (Payload payload : payloads()) {
            cases.add(asDisplayName(payload, true));
            cases.add(asDisplayName(payload, false));
            cases.add(asStoredKeyOfNoUser(payload));
            cases.add(asSubmittedValue(payload));
            if (!payload.value().isBlank() && isValidUnicode(payload.value())) {
                cases.add(asUsername(payload));
                cases.add(asKeyOfAUser(payload));
            }
        }
        return cases.stream();
    }

    /** Every class of the macro's hostile inputs that can name or describe a user, plus a megabyte of them. */
    private static List<Payload> payloads() {
        List<Payload> users = new ArrayList<>(HostileCases.usernames());
        users.addAll(HostileCases.userReferences());
        users.add(new Payload(HostileCases.SIZE, HostileCases.hostileText(1 << 20)));
        users.add(new Payload(HostileCases.SIZE, ""));
        return HostileCases.texts(users.toArray(Payload[]::new));
    }

    /** As the DRI's display name: shown once, exactly as Jira holds it, in the views and the export; never in the form. */
    static DriCase asDisplayName(Payload payload, boolean active) {
        Person dri = Person.of(KEY, USERNAME, payload.value(), active, null);
        String name = shown(dri.displayName());
        Expectation person = rendered -> {
            assertThat(rendered.names()).as("names shown").containsExactly(name);
            assertThat(rendered.first("a.user-hover").map(link -> link.attr("href"))).contains(PROFILE + USERNAME);
            assertThat(rendered.text().strip()).as("all the text shown")
                    .isEqualTo((" " + name + (active ? "" : " " + INACTIVE)).strip());
            if (name.strip().length() >= 3) {
                assertThat(occurrences(rendered.text(), name)).as("times the name shows").isEqualTo(1);
            }
        };
        return new DriCase(payload.hostileClass(), (active ? "" : "deactivated ") + "DRI's display name " + payload, KEY, dri,
                null, DriFieldHarness.FIELD_TEMPLATES, List.of(payload.value()), Map.of(
                        Templates.DRI_VIEW, person,
                        Templates.DRI_XML, exported(USERNAME, name),
                        Templates.DRI_EDIT, formValue(USERNAME)));
    }

    /** As the DRI's username: only in the profile link (URL-encoded) and rel, the export's attribute and the form value. */
    static DriCase asUsername(Payload payload) {
        Person dri = Person.of(KEY, payload.value(), DISPLAY_NAME, true, null);
        Expectation person = rendered -> {
            assertThat(rendered.names()).as("names shown").containsExactly(DISPLAY_NAME);
            Element link = rendered.first("a.user-hover").orElseThrow();
            assertThat(link.attr("href")).startsWith(PROFILE);
            assertThat(URLDecoder.decode(link.attr("href").substring(PROFILE.length()), StandardCharsets.UTF_8))
                    .as("username in the link").isEqualTo(payload.value());
            assertThat(link.attr("rel")).as("rel").isEqualTo(shown(payload.value()));
        };
        return new DriCase(payload.hostileClass(), "DRI's username " + payload, KEY, dri, null, DriFieldHarness.FIELD_TEMPLATES,
                List.of(payload.value()), Map.of(
                        Templates.DRI_VIEW, person,
                        Templates.DRI_XML, exported(shown(payload.value()), DISPLAY_NAME),
                        Templates.DRI_EDIT, formValue(shown(payload.value()))));
    }

    /** As the stored key of a user who exists: only in the avatar URL, URL-encoded. */
    static DriCase asKeyOfAUser(Payload payload) {
        Person dri = Person.of(payload.value(), USERNAME, DISPLAY_NAME, true, null);
        Expectation person = rendered -> {
            assertThat(rendered.names()).as("names shown").containsExactly(DISPLAY_NAME);
            String src = rendered.first("img").orElseThrow().attr("src");
            assertThat(src).startsWith(AVATAR);
            assertThat(URLDecoder.decode(src.substring(AVATAR.length()), StandardCharsets.UTF_8)).as("key in the avatar URL")
                    .isEqualTo(payload.value());
        };
        return new DriCase(F, "key of the DRI " + payload, payload.value(), dri, null, DriFieldHarness.FIELD_TEMPLATES,
                List.of(payload.value()), Map.of(
                        Templates.DRI_VIEW, person,
                        Templates.DRI_XML, exported(USERNAME, DISPLAY_NAME),
                        Templates.DRI_EDIT, formValue(USERNAME)));
    }

    /** As a stored key no user has any more: "Unknown user" with the key as text, no link, no image, no form value. */
    static DriCase asStoredKeyOfNoUser(Payload payload) {
        String state = shown(Bundle.text("activity-lead.dri.unknown-key", payload.value()));
        Expectation person = rendered -> {
            assertThat(rendered.names()).as("names shown").containsExactly(UNKNOWN_USER);
            assertThat(rendered.document().select("a, img")).as("links and images").isEmpty();
            assertThat(rendered.document().select("span.activity-lead-person-state").eachText()).hasSize(1);
            assertThat(rendered.document().selectFirst("span.activity-lead-person-state").wholeText()).isEqualTo(state);
            assertThat(rendered.text().strip()).as("all the text shown").isEqualTo((UNKNOWN_USER + " " + state).strip());
        };
        return new DriCase(F, "stored key of no user " + payload, payload.value(), null, null, DriFieldHarness.FIELD_TEMPLATES,
                List.of(payload.value()), Map.of(
                        Templates.DRI_VIEW, person,
                        Templates.DRI_XML, exported(null, UNKNOWN_USER),
                        Templates.DRI_EDIT, formValue("")));
    }

    /**
     * As the value the edit screen submitted, shown back after a failed submit: once, encoded, in the input only; the
     * error Jira shows is the rule's message, which never repeats the value.
     */
    static DriCase asSubmittedValue(Payload payload) {
        String value = payload.value();
        String shownValue = shown(value.strip());
        Optional<String> error = error(value);
        Expectation form = rendered -> {
            formValue(value.isBlank() ? ALICE.username() : shownValue).check(rendered);
            List<String> errors = rendered.document().select("div.error").eachText();
            if (error.isPresent()) {
                assertThat(rendered.document().select("div.error")).hasSize(1);
                assertThat(rendered.document().selectFirst("div.error").wholeText()).isEqualTo(error.get());
                if (shownValue.length() >= 4) {
                    assertThat(error.get()).as("the error repeats the submitted value").doesNotContain(shownValue);
                }
            } else {
                assertThat(errors).as("errors").isEmpty();
            }
            if (shownValue.length() >= 4) {
                assertThat(occurrences(rendered.text(), shownValue)).as("times the value shows as text").isZero();
            }
        };
        return new DriCase(G, "submitted " + payload, ALICE.key(), ALICE, value, List.of(Templates.DRI_EDIT),
                List.of(value), Map.of(Templates.DRI_EDIT, form));
    }

    // ===== Expectations =====

    /** The export holds one value with this text, and this username attribute (none when null). */
    private static Expectation exported(String username, String text) {
        return rendered -> {
            NodeList values = rendered.xml().getElementsByTagName("customfieldvalue");
            assertThat(values.getLength()).as("customfieldvalue elements").isEqualTo(1);
            org.w3c.dom.Element value = (org.w3c.dom.Element) values.item(0);
            assertThat(value.getTextContent()).as("exported name").isEqualTo(text);
            if (username == null) {
                assertThat(value.hasAttribute("username")).as("username attribute").isFalse();
            } else {
                assertThat(value.getAttribute("username")).as("exported username").isEqualTo(username);
            }
        };
    }

    /**
     * The edit screen: Jira's label names the one input, whose id and name are the field's id (Jira's inline edit
     * finds the input by it), and whose value is always sent back (no silent wipe on full or bulk edit). Its list
     * attribute names the one datalist, which the server leaves empty: only the autocomplete script fills it.
     */
    private static Expectation formValue(String value) {
        return rendered -> {
            List<Element> inputs = rendered.document().select("input");
            assertThat(inputs).as("inputs").hasSize(1);
            Element input = inputs.get(0);
            assertThat(input.id()).isEqualTo(DriFieldHarness.FIELD_ID);
            assertThat(input.attr("name")).isEqualTo(DriFieldHarness.FIELD_ID);
            assertThat(rendered.document().select("label").eachAttr("for")).containsExactly(DriFieldHarness.FIELD_ID);
            assertThat(input.hasAttr("value")).as("the input carries a value attribute").isTrue();
            assertThat(input.attr("value")).as("the value sent back").isEqualTo(value);
            List<Element> lists = rendered.document().select("datalist");
            assertThat(lists).as("datalists").hasSize(1);
            assertThat(lists.get(0).id()).isEqualTo(DriFieldHarness.FIELD_ID + "-suggestions");
            assertThat(input.attr("list")).as("the input's suggestion list").isEqualTo(lists.get(0).id());
            assertThat(lists.get(0).childNodes()).as("what the server puts into the datalist").isEmpty();
            assertThat(rendered.names()).as("names in the form").isEmpty();
        };
    }

    // ===== Rendering and the common checks =====

    private static Rendered render(DriCase hostile, String template, boolean hostEscaping) throws Exception {
        String html = html(hostile, template, hostEscaping);
        return new Rendered(template, html, Jsoup.parseBodyFragment(html), template.equals(Templates.DRI_XML) ? parseXml(html) : null);
    }

    /** The HTML Jira gets from a template for the case: on an edit screen, with the error the submitted value earns. */
    static String html(DriCase hostile, String template, boolean hostEscaping) {
        DriFieldView field = HARNESS.field(hostile.storedKey(), hostile.dri());
        Map<String, Object> context = DriFieldHarness.context(template, field, hostile.submitted(), error(hostile.submitted()).orElse(null),
                true);
        return HARNESS.render(template, context, hostEscaping);
    }

    /** The error DriCFType reports for a submitted value, in English, with alice as the only user; empty when accepted. */
    private static Optional<String> error(Object submitted) {
        if (submitted == null) {
            return Optional.empty();
        }
        DriDirectory<Person, Object> directory = new DriDirectory<>() {
            @Override
            public Optional<HostUser<Person>> find(UserRef ref) {
                return Stream.of(ALICE).filter(user -> user.key().equals(ref.value()) || user.username().equals(ref.value()))
                        .findFirst().map(user -> new HostUser<>(user, user));
            }

            @Override
            public boolean canBrowse(Person user, Object scope) {
                return true;
            }
        };
        DriVerdict<Person> verdict = DriRules.check(List.of(submitted), true, "EPIC", directory);
        return verdict instanceof DriVerdict.Rejected<Person> rejected
                ? Optional.of(Bundle.text(rejected.reason().messageKey())) : Optional.empty();
    }

    private static void checkSafe(DriCase hostile, Rendered rendered) {
        assertThat(rendered.html().toLowerCase(Locale.ROOT)).as("a script element").doesNotContain("<script");
        if (rendered.isXml()) {
            checkXmlShape(rendered.xml());
        } else {
            String template = rendered.template();
            boolean edit = template.equals(Templates.DRI_EDIT);
            DomCheck.Vocabulary vocabulary = VOCABULARIES.computeIfAbsent(template, name -> edit
                    ? DomCheck.Vocabulary.of(name, JiraHost.MACRO_LIBRARY) : DomCheck.Vocabulary.of(name));
            DomCheck.check(rendered.document().body(), template, vocabulary, edit ? EDIT_CLASSES : CLASSES,
                    DomCheck.DRI_VALUE_HOLDERS);
        }
        List<String> inputs = hostile.inputs();
        String shownEverywhere = rendered.text() + "\n" + String.join("\n", rendered.attributeValues().toList());
        ShownText.assertNotEvaluatedNorEncodedTwice(inputs, shownEverywhere);
    }

    /** Nothing but the export's own elements: customfieldvalues, holding one customfieldvalue, holding text only. */
    private static void checkXmlShape(org.w3c.dom.Document xml) {
        List<String> elements = new ArrayList<>();
        collectElements(xml.getDocumentElement(), elements);
        assertThat(elements).as("elements of the export").isSubsetOf("root", "customfieldvalues", "customfieldvalue")
                .doesNotHaveDuplicates();
        NodeList values = xml.getElementsByTagName("customfieldvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Set<String> attributes = new HashSet<>();
            for (int a = 0; a < values.item(i).getAttributes().getLength(); a++) {
                attributes.add(values.item(i).getAttributes().item(a).getNodeName());
            }
            assertThat(attributes).as("attributes of customfieldvalue").isSubsetOf("username");
        }
    }

    /**
     * The export as Jira embeds it in its XML: a fragment, parsed inside a root element with DTDs and external entities
     * off, so it must be well-formed on its own.
     */
    static org.w3c.dom.Document parseXml(String fragment) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader("<root>" + fragment + "</root>")));
        } catch (Exception e) {
            throw new AssertionError("the XML export is not well-formed XML: " + describe(fragment), e);
        }
    }

    private static void collectElements(Node node, List<String> names) {
        if (node instanceof org.w3c.dom.Element element) {
            names.add(element.getTagName());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectElements(child, names);
        }
    }

    private static void collectAttributes(Node node, List<String> values) {
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                values.add(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectAttributes(child, values);
        }
    }

    private static boolean isValidUnicode(String text) {
        return text.codePoints().noneMatch(codePoint -> codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE
                || codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE);
    }


    /** Reports list dynamic tests by their factory's name only, so a failure names its case itself. */
    private static void naming(DriCase hostile, String template, org.junit.jupiter.api.function.Executable check) throws Throwable {
        try {
            check.execute();
        } catch (AssertionError | Exception e) {
            throw new AssertionError(hostile + " in " + template + ": " + e.getMessage(), e);
        }
    }
}
