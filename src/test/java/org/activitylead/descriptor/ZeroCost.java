package org.activitylead.descriptor;

import static org.activitylead.testing.PluginDescriptor.children;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * What would make pages and issues that do not use the app slower, the cost DCAPT's baseline run measures: a
 * web-resource in a context, a servlet filter or context listener, any other module that runs on pages the app does
 * not own, a listener on page or issue events, or an indexer of our own. The one listener allowed is the recorder of
 * page saves, which looks for the macro's name in the saved body and stops there for pages without it (never a view,
 * never an issue event). Each method returns the violations it finds, one sentence each, so ZeroCostTest can prove
 * every check against hostile input as well as the real app.
 */
final class ZeroCost {

    /**
     * Module types whose code runs only where the app is used: the macro on pages that carry it, the field and its
     * Jira-provided searcher on issues in its context, the validator on transitions it is added to, and resources
     * that code requires. Any other type (servlet-filter, servlet-context-listener, web-panel, web-item, listener...)
     * fails until someone has shown it costs nothing elsewhere and listed it here.
     */
    static final Set<String> ON_DEMAND_MODULES = Set.of(
            "plugin-info", "resource", "velocity-allowlist", "web-resource", "xhtml-macro",
            "customfield-type", "customfield-searcher", "workflow-validator",
            // Confluence's own content-property extractor reads the schema's property with every page it indexes, in one
            // query shared with every other app's schema; pages without the property add no field.
            "content-property-index-schema",
            // Struts and webwork actions run only when their own URL is asked for; a web-item costs nothing outside
            // the one section that lists it, and a web-section nothing outside the one location that lists it; only
            // the administration consoles' sections and the space tools' apps section are allowed (checked below).
            "struts", "webwork1", "web-item", "web-section",
            // A JQL function runs only in a query that names it.
            "jql-function");

    /**
     * The only sections a web-item of ours may join: Confluence's administration console, Jira's Manage apps part, and
     * the apps section of a space's tools (drawn only on space tools pages; its condition is asked there only).
     */
    static final List<String> ADMIN_SECTIONS = List.of("system.admin/", "admin_plugins_menu/");
    static final String SPACE_TOOLS_SECTION = "system.space.tools/addons";
    /** The only location a web-section of ours may join: Jira's Manage apps part of its administration. */
    static final String ADMIN_LOCATION = "admin_plugins_menu";

    /** The classes that may listen to events, and the events they may listen to: page and blog post saves only. */
    static final Set<String> SAVE_LISTENERS = Set.of("org.activitylead.confluence.OwnershipRecorder");
    static final Set<String> SAVE_EVENTS = Set.of("PageCreateEvent", "PageUpdateEvent", "PageRestoreEvent", "PageMoveEvent",
            "BlogPostCreateEvent", "BlogPostUpdateEvent", "BlogPostRestoreEvent", "BlogPostMovedEvent");
    /** The scanner index file whose product has the save listener. */
    static final String LISTENER_INDEX = "imports-confluence";

    /**
     * A searcher class that is Jira's, or ours extending Jira's and overriding nothing, brings Jira's own
     * indexer with it (DriSearcher).
     */
    static final String JIRA_PACKAGE = "com.atlassian.jira.";

    private ZeroCost() {
    }

    static List<String> inDescriptor(Element root) {
        List<String> violations = new ArrayList<>();
        for (Element module : children(root, null)) {
            String type = module.getTagName();
            String key = module.getAttribute("key");
            if (!ON_DEMAND_MODULES.contains(type)) {
                violations.add(type + " '" + key + "' is not a module type known to cost nothing where the app is unused");
            }
            String section = module.getAttribute("section");
            if (type.equals("web-item") && ADMIN_SECTIONS.stream().noneMatch(section::startsWith) && !section.equals(SPACE_TOOLS_SECTION)) {
                violations.add("web-item '" + key + "' joins a section outside the administration console and the space tools");
            }
            if (type.equals("web-section") && !module.getAttribute("location").equals(ADMIN_LOCATION)) {
                violations.add("web-section '" + key + "' joins a location outside the administration console");
            }
            if (type.equals("web-resource") && !children(module, "context").isEmpty()) {
                violations.add("web-resource '" + key + "' joins a context, so pages without the app load it");
            }
            if (type.equals("customfield-searcher") && !isJirasSearcher(module.getAttribute("class"))) {
                violations.add("customfield-searcher '" + key + "' is our own class, with an indexer of our own");
            }
            if (type.equals("customfield-type") && !children(module, "indexer").isEmpty()) {
                violations.add("customfield-type '" + key + "' declares an indexer");
            }
        }
        return violations;
    }

    /** The spring-scanner index: importing the event publisher is how a plugin registers event listeners. */
    static List<String> inScannerIndex(Map<String, List<String>> linesByFile) {
        List<String> violations = new ArrayList<>();
        linesByFile.forEach((file, lines) -> lines.stream()
                .filter(line -> simpleName(line.strip()).equals("EventPublisher") && !file.equals(LISTENER_INDEX))
                .forEach(line -> violations.add(file + " imports " + line.strip() + ", which registers event listeners")));
        return violations;
    }

    /**
     * The compiled classes. Names are matched without packages, so Atlassian's and Spring's {@code @EventListener},
     * Jira's old and new {@code FieldIndexer}, and any event publisher all count.
     */
    static List<String> inClasses(Iterable<JavaClass> classes) {
        List<String> violations = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            for (JavaMethod method : javaClass.getMethods()) {
                if (method.getAnnotations().stream().map(JavaAnnotation::getRawType)
                        .anyMatch(type -> type.getSimpleName().equals("EventListener")) && !listensToSaves(javaClass, method)) {
                    violations.add(method.getFullName() + " is an event listener");
                }
                if (method.getName().equals("getRelatedIndexers")) {
                    violations.add(method.getFullName() + " adds indexers to a custom field");
                }
            }
            Stream.concat(javaClass.getAllRawSuperclasses().stream(), javaClass.getAllRawInterfaces().stream())
                    .filter(type -> type.getSimpleName().endsWith("Indexer"))
                    .forEach(type -> violations.add(javaClass.getName() + " is an indexer (" + type.getName() + ")"));
            javaClass.getDirectDependenciesFromSelf().stream()
                    .map(Dependency::getTargetClass)
                    .filter(type -> type.getSimpleName().equals("EventPublisher") && !SAVE_LISTENERS.contains(javaClass.getName()))
                    .findFirst()
                    .ifPresent(type -> violations.add(javaClass.getName() + " uses " + type.getName() + " to listen to events"));
        }
        return violations;
    }

    /** The recorder's listener methods, each taking exactly one page or blog post save event. */
    private static boolean listensToSaves(JavaClass javaClass, JavaMethod method) {
        return SAVE_LISTENERS.contains(javaClass.getName()) && method.getRawParameterTypes().size() == 1
                && SAVE_EVENTS.contains(method.getRawParameterTypes().get(0).getSimpleName());
    }

    private static boolean isJirasSearcher(String className) {
        if (className.startsWith(JIRA_PACKAGE)) {
            return true;
        }
        try {
            Class<?> searcher = Class.forName(className, false, ZeroCost.class.getClassLoader());
            return searcher.getSuperclass() != null && searcher.getSuperclass().getName().startsWith(JIRA_PACKAGE)
                    && Arrays.stream(searcher.getDeclaredMethods()).allMatch(method -> Modifier.isPrivate(method.getModifiers()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
