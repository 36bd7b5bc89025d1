package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The DOM check: the output, parsed with jsoup, may hold only the elements and
 * attributes its template writes, no event-handler attribute, no {@code style} attribute, links and images only
 * relative to the site or over http(s), and class tokens only from our own and AUI's classes. Elements that print one
 * value hold text only, so markup that slipped through cannot hide among allowed tags either.
 */
final class DomCheck {

    /** Our classes, AUI's, and the Confluence ones the export uses; nothing a page can choose. */
    static final Set<String> CLASSES = Set.of(
            "activity-lead-panel", "activity-lead-panel-export", "activity-lead-properties", "activity-lead-customer-facing",
            "activity-lead-not-set", "activity-lead-people", "activity-lead-person", "activity-lead-person-unknown",
            "activity-lead-person-deactivated", "activity-lead-person-state", "activity-lead-note",
            "aui", "aui-lozenge", "aui-lozenge-success", "aui-lozenge-current", "aui-lozenge-moved", "aui-lozenge-error",
            "aui-lozenge-subtle", "aui-message", "aui-message-error", "aui-message-warning", "aui-message-info",
            "aui-avatar", "aui-avatar-xsmall", "aui-avatar-inner",
            "confluenceTable", "confluenceTh", "confluenceTd", "status-macro", "confluence-userlink", "user-mention");

    /**
     * What the Jira DRI templates add to {@link #CLASSES}, and nothing more (TemplateAllowlistTest checks each is used):
     * Jira's user hover card trigger, Jira's text-field classes, and our input and validator classes.
     */
    static final Set<String> DRI_TEMPLATE_CLASSES = Set.of(
            "user-hover", "text", "long-field", "activity-lead-dri-input", "activity-lead-validator");

    /**
     * Exactly the elements and attributes edit.vm writes itself (Jira's macros add theirs around it): the input, and
     * the empty {@code <datalist>} its {@code list} attribute names, which the autocomplete script fills.
     * TemplateAllowlistTest pins edit.vm's vocabulary to these, so a new element or attribute there is a decision.
     */
    static final Set<String> DRI_EDIT_TAGS = Set.of("input", "datalist");
    static final Set<String> DRI_EDIT_ATTRIBUTES = Set.of(
            "class", "type", "id", "name", "value", "placeholder", "autocomplete", "list");

    /** The classes of Jira's field macros as the test stand-ins write them: allowed around edit.vm's output only. */
    static final Set<String> JIRA_MACRO_CLASSES = Set.of("field-group", "error", "description", "aui-icon", "icon-required");

    /** Elements whose template prints a single encoded value into them. */
    private static final String VALUE_HOLDERS = "bdi, th, time, p, span:not(.aui-avatar):not(.aui-avatar-inner)";

    /** The same for the DRI templates, whose outer span wraps a person (and Jira's macro elements around edit.vm). */
    static final String DRI_VALUE_HOLDERS = "bdi, span.activity-lead-person-state, span.activity-lead-not-set, "
            + "span.activity-lead-validator, span.icon-required, label, div.error, div.description";

    private static final Map<String, Vocabulary> VOCABULARIES = new ConcurrentHashMap<>();

    private DomCheck() {
    }

    static void check(RenderedPanel panel) {
        Vocabulary allowed = VOCABULARIES.computeIfAbsent(panel.template(), Vocabulary::of);
        Element body = panel.body();
        assertThat(body.select("div.activity-lead-panel")).as("one panel").hasSize(1);
        check(body, panel.template(), allowed, CLASSES, VALUE_HOLDERS);
    }

    /**
     * The DOM check of one render of any template: only the elements and attributes {@code allowed} (what the template
     * writes), no event handler, no style attribute, only safe URLs, only {@code classes}, and text only inside the
     * elements that print one value.
     */
    /** The classes of one vocabulary and those a template adds to it. */
    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static void check(Element body, String template, Vocabulary allowed, Set<String> classes, String valueHolders) {
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(allowed.tags()).as("an element %s writes", template).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey();
                assertThat(allowed.attributes()).as("an attribute %s writes, on <%s>", template, element.tagName())
                        .contains(name);
                assertThat(name).as("event handler attribute").doesNotStartWith("on");
                assertThat(name).as("style attribute").isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(safeUrl(attribute.getValue())).as("%s=\"%s\" is relative or http(s)", name, attribute.getValue())
                            .isTrue();
                }
            }
            assertThat(element.classNames()).as("class tokens of <%s>", element.tagName()).isSubsetOf(classes);
        }
        for (Element holder : body.select(valueHolders)) {
            // Jira's label carries its required marker, as AUI forms write it; nothing else may sit next to a value.
            assertThat(holder.children().not("span.icon-required")).as("elements inside <%s>, which holds one printed value", holder.tagName()).isEmpty();
        }
    }

    /** Relative to this site (never protocol-relative), or http(s). */
    static boolean safeUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://")
                || url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
    }

    /** The tags and attribute names a template writes, read from its source (and from the sources it calls into). */
    record Vocabulary(Set<String> tags, Set<String> attributes) {

        static Vocabulary of(String template, String... calledSources) {
            StringBuilder sources = new StringBuilder(Templates.withFragments(template));
            for (String called : calledSources) {
                sources.append('\n').append(Templates.withFragments(called));
            }
            Element body = Jsoup.parseBodyFragment(sources.toString()).body();
            Set<Element> elements = body.getAllElements().stream().filter(element -> element != body).collect(Collectors.toSet());
            return new Vocabulary(
                    elements.stream().map(Element::tagName).collect(Collectors.toUnmodifiableSet()),
                    elements.stream().flatMap(element -> element.attributes().asList().stream()).map(Attribute::getKey)
                            .collect(Collectors.toUnmodifiableSet()));
        }
    }
}
