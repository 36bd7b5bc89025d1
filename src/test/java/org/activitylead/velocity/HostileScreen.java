package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The checks every administration screen meets with a hostile value in it, whole page as Confluence's action result
 * renders it: the same HTML with the host's escaping on and off, the DOM check, no script, the value never evaluated
 * nor encoded twice, and the person's name shown exactly once as the host holds it.
 */
final class HostileScreen {

    private HostileScreen() {
    }

    /** @return the page, for the checks of what else the screen shows */
    static Document checked(String escaped, String unescaped, String template, DomCheck.Vocabulary allowed, Set<String> classes,
                            String valueHolders, String value) {
        assertThat(escaped).as("the same HTML with host escaping on and off").isEqualTo(unescaped);
        Document document = Jsoup.parse(escaped);
        DomCheck.check(document.body(), template, allowed, classes, valueHolders);
        assertThat(escaped.toLowerCase(Locale.ROOT)).as("a script element").doesNotContain("<script");
        String shown = document.wholeText() + "\n" + String.join("\n", document.getAllElements().stream()
                .flatMap(element -> element.attributes().asList().stream()).map(attribute -> attribute.getValue()).toList());
        ShownText.assertNotEvaluatedNorEncodedTwice(List.of(value), shown);
        assertThat(document.select("bdi").stream().map(Element::wholeText)).as("the name, exactly once, as the host holds it")
                .containsExactly(HostileCases.shown(value));
        return document;
    }
}
