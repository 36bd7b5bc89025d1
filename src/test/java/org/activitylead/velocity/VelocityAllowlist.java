package org.activitylead.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The {@code <method>} entries of the {@code <velocity-allowlist>} modules in atlassian-plugin.xml, in the host's
 * format {@code fully.qualified.Class#method(param.Types)}. Read from the class path, where Maven puts the
 * filtered descriptor that goes into the JAR.
 */
final class VelocityAllowlist {

    static final String DESCRIPTOR = "atlassian-plugin.xml";

    private final Set<String> entries;

    private VelocityAllowlist(Set<String> entries) {
        this.entries = Set.copyOf(entries);
    }

    static VelocityAllowlist fromPluginDescriptor() {
        try (InputStream in = VelocityAllowlist.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document descriptor = factory.newDocumentBuilder().parse(in);
            Set<String> entries = new LinkedHashSet<>();
            NodeList modules = descriptor.getElementsByTagName("velocity-allowlist");
            for (int m = 0; m < modules.getLength(); m++) {
                NodeList methods = ((Element) modules.item(m)).getElementsByTagName("method");
                for (int i = 0; i < methods.getLength(); i++) {
                    entries.add(methods.item(i).getTextContent().strip());
                }
            }
            return new VelocityAllowlist(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + DESCRIPTOR, e);
        }
    }

    /** The entry that allows calling {@code method} on an instance of {@code type}. */
    static String entry(Class<?> type, Method method) {
        // Remembered per class and method: a host resolves each call once, not on every row of every render.
        return ENTRIES.get(type).computeIfAbsent(method, called -> type.getName() + "#" + called.getName() + "("
                + Arrays.stream(called.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(",")) + ")");
    }

    private static final ClassValue<java.util.Map<Method, String>> ENTRIES = new ClassValue<>() {
        @Override
        protected java.util.Map<Method, String> computeValue(Class<?> type) {
            return new java.util.concurrent.ConcurrentHashMap<>();
        }
    };

    boolean allows(String entry) {
        return entries.contains(entry);
    }

    Set<String> entries() {
        return entries;
    }
}
