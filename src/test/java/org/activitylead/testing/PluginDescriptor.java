package org.activitylead.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The plugin descriptor as the build ships it: Maven-filtered into the class-path folder the JAR is made from.
 * Resource paths are resolved in that same folder, so a file that only some dependency happens to carry never counts.
 */
public final class PluginDescriptor {

    private static final String RESOURCE = "atlassian-plugin.xml";

    private final Path classesRoot;
    private final String text;
    private final Element root;

    private PluginDescriptor(Path classesRoot, String text, Element root) {
        this.classesRoot = classesRoot;
        this.text = text;
        this.root = root;
    }

    public static PluginDescriptor load() {
        URL url = PluginDescriptor.class.getClassLoader().getResource(RESOURCE);
        assertThat(url).as("%s on the class path (run the build's process-resources first)", RESOURCE).isNotNull();
        assertThat(url.getProtocol()).as("the descriptor is read from the compiled classes folder").isEqualTo("file");
        try {
            Path file = Path.of(url.toURI());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new PluginDescriptor(file.getParent(), text, parse(text).getDocumentElement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ParserConfigurationException | SAXException e) {
            throw new AssertionError("cannot read " + url, e);
        }
    }

    /** The same descriptor with other text, e.g. a module changed to show that a check bites. */
    public PluginDescriptor withText(String otherText) {
        try {
            return new PluginDescriptor(classesRoot, otherText, parse(otherText).getDocumentElement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("the changed descriptor does not parse", e);
        }
    }

    /** The filtered text, exactly as packaged. */
    public String text() {
        return text;
    }

    public Element root() {
        return root;
    }

    public String pluginKey() {
        return root.getAttribute("key");
    }

    /** A path below the folder the descriptor was packaged from (the JAR's root). */
    public Path file(String location) {
        return classesRoot.resolve(location);
    }

    /** The modules of one type, e.g. {@code xhtml-macro}, in descriptor order. */
    public List<Element> modules(String type) {
        return children(root, type);
    }

    /** Every top-level element that declares a module: everything but plugin-info and the shared resources. */
    public List<Element> modules() {
        return children(root, null).stream()
                .filter(element -> !element.getTagName().equals("plugin-info") && !element.getTagName().equals("resource"))
                .toList();
    }

    /** The base name of the i18n bundles, e.g. {@code i18n/activity-lead}. */
    public String i18nBaseName() {
        List<Element> bundles = children(root, "resource").stream()
                .filter(resource -> resource.getAttribute("type").equals("i18n"))
                .toList();
        assertThat(bundles).as("i18n resources of the plugin").hasSize(1);
        return bundles.get(0).getAttribute("location");
    }

    /**
     * The keys the macro browser looks up by convention, {@code <plugin-key>.<macro-name>.label/.desc} and
     * {@code .param.<name>.label/.desc} for each parameter: nothing in the descriptor names them.
     */
    public Set<String> macroBrowserKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Element macro : modules("xhtml-macro")) {
            String prefix = pluginKey() + "." + macro.getAttribute("name");
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            for (Element parameter : descendants(macro, "parameter")) {
                keys.add(prefix + ".param." + parameter.getAttribute("name") + ".label");
                keys.add(prefix + ".param." + parameter.getAttribute("name") + ".desc");
            }
        }
        return keys;
    }

    /** The products a module loads in: its {@code application} attribute and its {@code <restrict>} children. */
    public static Set<String> applications(Element module) {
        Set<String> applications = new LinkedHashSet<>();
        List<Element> sources = new ArrayList<>(children(module, "restrict"));
        sources.add(module);
        for (Element source : sources) {
            Arrays.stream(source.getAttribute("application").split(","))
                    .map(String::strip)
                    .filter(application -> !application.isEmpty())
                    .forEach(applications::add);
        }
        return applications;
    }

    /** Direct child elements, all of them when {@code tag} is null. */
    public static List<Element> children(Element parent, String tag) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
                children.add(element);
            }
        }
        return children;
    }

    /** Descendant elements at any depth, {@code "*"} for all. */
    public static List<Element> descendants(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** No DTDs, no external entities: the descriptor is data, and the parser must not fetch anything. */
    private static Document parse(String text) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }
}
