package org.activitylead.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every class a descriptor makes a host of one product instantiate: the {@code class} attribute of each module
 * restricted to that product or unrestricted, the {@code class} of anything nested in it (conditions), and the class
 * elements of workflow modules ({@code <validator-class>}, {@code <condition-class>}, {@code <function-class>}), which
 * Jira loads by name as well.
 */
record DescriptorModules(List<ModuleClass> classes) {

    /** One class to build: the module it belongs to, where it was named, and its name. */
    record ModuleClass(String moduleKey, String namedBy, String className) {

        @Override
        public String toString() {
            return moduleKey + " (" + namedBy + "): " + className;
        }
    }

    private static final List<String> CLASS_ELEMENTS = List.of("validator-class", "condition-class", "function-class");

    /** The packaged descriptor, as it is on the class path (the POM's filtering applied). */
    static DescriptorModules packaged(String product) {
        try (InputStream in = DescriptorModules.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            return of(in.readAllBytes(), product);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DescriptorModules of(byte[] descriptor, String product) {
        Element root;
        try {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(descriptor)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("The descriptor does not parse", e);
        }
        List<ModuleClass> classes = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element module && appliesTo(module, product)) {
                String key = module.getAttribute("key");
                addClassAttribute(key, module, classes);
                NodeList nested = module.getElementsByTagName("*");
                for (int i = 0; i < nested.getLength(); i++) {
                    Element element = (Element) nested.item(i);
                    addClassAttribute(key, element, classes);
                    if (CLASS_ELEMENTS.contains(element.getTagName())) {
                        classes.add(new ModuleClass(key, "<" + element.getTagName() + ">", element.getTextContent().strip()));
                    }
                }
            }
        }
        return new DescriptorModules(List.copyOf(classes));
    }

    List<String> classNames() {
        return classes.stream().map(ModuleClass::className).toList();
    }

    private static boolean appliesTo(Element module, String product) {
        String application = module.getAttribute("application");
        return application.isEmpty() || application.equals(product);
    }

    private static void addClassAttribute(String key, Element element, List<ModuleClass> classes) {
        String className = element.getAttribute("class");
        if (!className.isEmpty()) {
            classes.add(new ModuleClass(key, "<" + element.getTagName() + " class>", className));
        }
    }
}
