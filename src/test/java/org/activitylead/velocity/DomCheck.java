package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * "The DOM check" of the research note (§2.3): the output, parsed with jsoup, may hold only the elements and
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

    /** Elements whose template prints a single encoded value into them. */
    private static final String VALUE_HOLDERS = "bdi, th, time, p, span:not(.aui-avatar):not(.aui-avatar-inner)";

    private static final Map<String, Vocabulary> VOCABULARIES = new ConcurrentHashMap<>();

    private DomCheck() {
    }

    static void check(RenderedPanel panel) {
        Vocabulary allowed = VOCABULARIES.computeIfAbsent(panel.template(), Vocabulary::of);
        Element body = panel.body();
        assertThat(body.select("div.activity-lead-panel")).as("one panel").hasSize(1);
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(allowed.tags()).as("an element %s writes", panel.template()).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey();
                assertThat(allowed.attributes()).as("an attribute %s writes, on <%s>", panel.template(), element.tagName())
                        .contains(name);
                assertThat(name).as("event handler attribute").doesNotStartWith("on");
                assertThat(name).as("style attribute").isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(safeUrl(attribute.getValue())).as("%s=\"%s\" is relative or http(s)", name, attribute.getValue())
                            .isTrue();
                }
            }
            assertThat(element.classNames()).as("class tokens of <%s>", element.tagName()).isSubsetOf(CLASSES);
        }
        for (Element holder : body.select(VALUE_HOLDERS)) {
            assertThat(holder.children()).as("elements inside <%s>, which holds one printed value", holder.tagName()).isEmpty();
        }
    }

    /** Relative to this site (never protocol-relative), or http(s). */
    static boolean safeUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://")
                || url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
    }

    /** The tags and attribute names a template writes, read from its source. */
    record Vocabulary(Set<String> tags, Set<String> attributes) {

        static Vocabulary of(String template) {
            Element body = Jsoup.parseBodyFragment(Templates.source(template)).body();
            Set<Element> elements = body.getAllElements().stream().filter(element -> element != body).collect(Collectors.toSet());
            return new Vocabulary(
                    elements.stream().map(Element::tagName).collect(Collectors.toUnmodifiableSet()),
                    elements.stream().flatMap(element -> element.attributes().asList().stream()).map(Attribute::getKey)
                            .collect(Collectors.toUnmodifiableSet()));
        }
    }
}
