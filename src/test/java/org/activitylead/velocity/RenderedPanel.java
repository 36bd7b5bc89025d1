package org.activitylead.velocity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.activitylead.core.panel.Parameter;
import org.activitylead.core.people.UserRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** One render of the macro, parsed as a browser would, with the readings the expectations need. */
final class RenderedPanel {

    static final String RELATIVE_BASE = "/wiki";
    static final String ABSOLUTE_BASE = "https://wiki.example.com/wiki";

    /** Renders other parameters with the same people, output type and escaping mode. */
    @FunctionalInterface
    interface Renderer {
        String render(Map<String, String> parameters) throws Exception;
    }

    private final String outputType;
    private final String html;
    private final Document document;
    private final List<UserRef> lookups;
    private final Renderer sameSetUp;

    RenderedPanel(String outputType, String html, List<UserRef> lookups, Renderer sameSetUp) {
        this.outputType = outputType;
        this.html = html;
        this.document = Jsoup.parseBodyFragment(html);
        this.lookups = lookups;
        this.sameSetUp = sameSetUp;
    }

    /** Page views get the interactive template; everything else is an export. */
    boolean pageView() {
        return outputType.equals("display");
    }

    String template() {
        return pageView() ? Templates.PANEL : Templates.EXPORT;
    }

    /** Page views link relative to the context path; exports leave the site, so their links are absolute. */
    String baseUrl() {
        return pageView() ? RELATIVE_BASE : ABSOLUTE_BASE;
    }

    String html() {
        return html;
    }

    Element body() {
        return document.body();
    }

    String visibleText() {
        return document.body().wholeText();
    }

    Stream<String> attributeValues() {
        return document.body().getAllElements().stream().flatMap(element -> element.attributes().asList().stream())
                .map(Attribute::getValue);
    }

    List<UserRef> lookups() {
        return lookups;
    }

    String renderWithSameSetUp(Map<String, String> parameters) throws Exception {
        return sameSetUp.render(parameters);
    }

    /** The texts of the panel's AUI messages, as shown. */
    List<String> messages() {
        return document.select(".aui-message").stream().map(Element::wholeText).toList();
    }

    /** The table row a parameter's label heads. */
    Optional<Element> row(Parameter parameter) {
        String label = Bundle.label(parameter);
        return document.select("tr").stream()
                .filter(row -> row.selectFirst("th") != null && row.selectFirst("th").wholeText().equals(label))
                .findFirst();
    }

    /** The names a people row shows, each as its {@code <bdi>} holds it. */
    List<String> names(Parameter parameter) {
        return row(parameter).map(row -> row.select("bdi").stream().map(Element::wholeText).toList()).orElse(List.of());
    }

    Optional<String> lozenge() {
        return row(Parameter.STATUS).map(row -> row.selectFirst("td > span").wholeText());
    }
}
