package org.activitylead.it.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activitylead.core.people.UserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The spring-scanner index under META-INF/plugin-components is hand-written (the scanner's Maven plugin is not on Maven
 * Central), so this test plays the scanner's build step: it derives the index from the annotations in the compiled
 * classes and fails when the files say anything else.
 */
class ScannerIndexTest {

    private static final String SCANNER_NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";
    private static final String BEANS_NAMESPACE = "http://www.springframework.org/schema/beans";

    /**
     * Class annotations and the index file each one feeds (scanner 1.2.2 {@code SpringIndexWriter} mapping). Matched by
     * name, so that annotation types the code does not use need no shim.
     */
    private static final Map<String, String> COMPONENT_ANNOTATIONS = Map.of(
            "com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent", "component-confluence",
            "com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent", "component-jira",
            "com.atlassian.plugin.spring.scanner.annotation.component.ClasspathComponent", "component",
            "org.springframework.stereotype.Component", "component",
            "org.springframework.stereotype.Service", "component",
            "org.springframework.stereotype.Controller", "component",
            "org.springframework.stereotype.Repository", "component",
            "javax.inject.Named", "component");

    /** Injection-point annotations and the index file each one feeds; the entry is the injected type. */
    private static final Map<String, String> IMPORT_ANNOTATIONS = Map.of(
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport", "imports",
            "com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport", "imports-confluence",
            "com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport", "imports-jira");

    private static Path classesDirectory;
    private static Map<String, SortedSet<String>> expectedIndex;

    @BeforeAll
    static void deriveIndexFromCompiledClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        // The production output directory: the one holding the core classes (and the index files next to them).
        classesDirectory = Path.of(UserDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        expectedIndex = new TreeMap<>();
        indexFiles().forEach(file -> expectedIndex.put(file, new TreeSet<>()));
        for (Class<?> type : productionClasses()) {
            for (Annotation annotation : type.getDeclaredAnnotations()) {
                String file = COMPONENT_ANNOTATIONS.get(annotation.annotationType().getName());
                if (file != null) {
                    expectedIndex.get(file).add(entry(type, annotation));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    addImports(parameter.getType(), parameter.getAnnotations());
                }
            }
            // The annotations may also stand on fields; the scanner indexes those too.
            for (Field field : type.getDeclaredFields()) {
                addImports(field.getType(), field.getAnnotations());
            }
        }
    }

    static Stream<String> indexFiles() {
        return Stream.of("component", "component-confluence", "component-jira", "imports", "imports-confluence", "imports-jira");
    }

    @ParameterizedTest
    @MethodSource("indexFiles")
    void indexFileListsExactlyWhatTheAnnotationsDeclare(String file) throws IOException {
        assertThat(indexLines(file)).as("META-INF/plugin-components/%s", file)
                .containsExactlyInAnyOrderElementsOf(expectedIndex.get(file));
    }

    @ParameterizedTest
    @MethodSource("indexFiles")
    void indexFileIsSortedWithoutDuplicatesOrBlankLines(String file) throws IOException {
        List<String> lines = indexLines(file);
        // The runtime reads every line as an entry: a blank one becomes a bean of class "".
        assertThat(lines).as("META-INF/plugin-components/%s", file)
                .doesNotContain("")
                .doesNotHaveDuplicates()
                .isSorted();
    }

    @ParameterizedTest
    @MethodSource("indexFiles")
    void everyIndexEntryNamesAnExistingClass(String file) throws IOException {
        for (String line : indexLines(file)) {
            String className = line.split("#")[0];
            assertThatCode(() -> load(className)).as("class %s named in %s", className, file).doesNotThrowAnyException();
        }
    }

    @Test
    void indexDirectoryHoldsNoFileThisTestDoesNotCheck() throws IOException {
        // A misspelt file name ("imports_jira") would be ignored by the runtime and by the checks above alike.
        try (Stream<Path> files = Files.list(classesDirectory.resolve("META-INF/plugin-components"))) {
            assertThat(files.map(path -> path.getFileName().toString())).isSubsetOf(indexFiles().toList());
        }
    }

    @Test
    void springContextOnlyScansTheIndexes() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element beans = factory.newDocumentBuilder()
                .parse(classesDirectory.resolve("META-INF/spring/plugin-context.xml").toFile())
                .getDocumentElement();

        assertThat(beans.getNamespaceURI()).isEqualTo(BEANS_NAMESPACE);
        assertThat(beans.getLocalName()).isEqualTo("beans");
        // Every element below the root, at any depth: a hand-declared bean would bypass the index.
        NodeList elements = beans.getElementsByTagNameNS("*", "*");
        assertThat(elements.getLength()).as("elements inside <beans>").isEqualTo(1);
        Element scanIndexes = (Element) elements.item(0);
        assertThat(scanIndexes.getNamespaceURI()).isEqualTo(SCANNER_NAMESPACE);
        assertThat(scanIndexes.getLocalName()).isEqualTo("scan-indexes");
        // "profile" would send the runtime to profile-<name>/ sub-directories and "autowire" would change how components
        // are built: either would make the files checked here, or the wiring test, no longer describe the plugin.
        assertThat(scanIndexes.getAttributes().getLength()).as("attributes of scan-indexes").isZero();
    }

    private static void addImports(Class<?> injectedType, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String file = IMPORT_ANNOTATIONS.get(annotation.annotationType().getName());
            if (file != null) {
                expectedIndex.get(file).add(entry(injectedType, annotation));
            }
        }
    }

    /** {@code fully.qualified.Class}, or {@code fully.qualified.Class#beanName} when the annotation names the bean. */
    private static String entry(Class<?> type, Annotation annotation) {
        try {
            Method value = annotation.annotationType().getMethod("value");
            Object name = value.invoke(annotation);
            return name instanceof String beanName && !beanName.isEmpty() ? type.getName() + "#" + beanName : type.getName();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the bean name of " + annotation, e);
        }
    }

    /** Every compiled class of ours, nested and anonymous ones included; the shim's classes are not ours. */
    private static List<Class<?>> productionClasses() throws IOException, ClassNotFoundException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classesDirectory.resolve("org/activitylead"))) {
            files = walk.filter(path -> path.getFileName().toString().endsWith(".class")).toList();
        }
        List<Class<?>> classes = new ArrayList<>();
        for (Path file : files) {
            String relative = classesDirectory.relativize(file).toString().replace(File.separatorChar, '.');
            classes.add(load(relative.substring(0, relative.length() - ".class".length())));
        }
        return classes;
    }

    /** The file's lines as the runtime reads them; a missing file holds no entries. */
    private static List<String> indexLines(String file) throws IOException {
        Path path = classesDirectory.resolve("META-INF/plugin-components").resolve(file);
        return Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
    }

    private static Class<?> load(String className) throws ClassNotFoundException {
        return Class.forName(className, false, ScannerIndexTest.class.getClassLoader());
    }
}
