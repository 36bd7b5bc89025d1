package org.activitylead.it.spring;

import static org.activitylead.testing.PluginDescriptor.applications;
import static org.activitylead.testing.PluginDescriptor.children;
import static org.activitylead.testing.PluginDescriptor.descendants;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.activitylead.testing.PluginDescriptor;
import org.w3c.dom.Element;

/**
 * Every class a descriptor makes a host of one product instantiate: the {@code class} attribute of each module
 * restricted to that product or unrestricted, the {@code class} of anything nested in it (conditions), and the class
 * elements of workflow modules ({@code <validator-class>}, {@code <condition-class>}, {@code <function-class>}), which
 * Jira loads by name as well. Left out: a web-item's condition of Confluence's own conditions package, which
 * Confluence builds with its own container, never from the plugin's context ({@code ConfluenceWebFragmentHelper.loadCondition}
 * in the decompiled Confluence 8.7.2 tree, github.com/ngannk-fptu/Decompiled-Files; docs/host-contract.md).
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
    private static final String HOST_CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions.";

    /** The packaged descriptor, as it is on the class path (the POM's filtering applied). */
    static DescriptorModules packaged(String product) {
        return of(PluginDescriptor.load(), product);
    }

    static DescriptorModules of(PluginDescriptor descriptor, String product) {
        List<ModuleClass> classes = new ArrayList<>();
        for (Element module : children(descriptor.root(), null)) {
            Set<String> products = applications(module);
            if (products.isEmpty() || products.contains(product)) {
                String key = module.getAttribute("key");
                addClassAttribute(key, module, classes);
                for (Element element : descendants(module, "*")) {
                    if (module.getTagName().equals("web-item") && element.getTagName().equals("condition")
                            && element.getAttribute("class").startsWith(HOST_CONDITIONS)) {
                        continue;
                    }
                    addClassAttribute(key, element, classes);
                    if (CLASS_ELEMENTS.contains(element.getTagName())) {
                        classes.add(new ModuleClass(key, "<" + element.getTagName() + ">", element.getTextContent().strip()));
                    }
                    // A webwork1 action names its class in its name attribute (the alias is its URL).
                    if (module.getTagName().equals("webwork1") && element.getTagName().equals("action")) {
                        classes.add(new ModuleClass(key, "<action name>", element.getAttribute("name")));
                    }
                }
            }
        }
        return new DescriptorModules(List.copyOf(classes));
    }

    List<String> classNames() {
        return classes.stream().map(ModuleClass::className).toList();
    }

    private static void addClassAttribute(String key, Element element, List<ModuleClass> classes) {
        String className = element.getAttribute("class");
        if (!className.isEmpty()) {
            classes.add(new ModuleClass(key, "<" + element.getTagName() + " class>", className));
        }
    }
}
