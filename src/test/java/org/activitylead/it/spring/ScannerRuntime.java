package org.activitylead.it.spring;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

import java.beans.Introspector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The host's spring-scanner runtime for one product, emulated with real Spring and Mockito stand-ins for host services.
 *
 * <p>It mirrors the runtime's documented reading rules (Atlassian Spring Scanner's README, "Runtime") and what the decompiled runtime does:
 * <ul>
 *   <li>entries come from {@code META-INF/plugin-components/<file>} plus {@code <file>-<product>}, merged into one sorted
 *       set, so an entry in both files counts once;</li>
 *   <li>a line is {@code fully.qualified.Class} or {@code fully.qualified.Class#beanName}; without a name the bean is
 *       called {@code Introspector.decapitalize(shortClassName)};</li>
 *   <li>a component becomes a plain bean definition of its class, and Spring's annotation-config processors (which
 *       {@code <atlassian-scanner:scan-indexes/>} registers) inject it through its only constructor: no autowire mode is
 *       set unless {@code scan-indexes} carries an {@code autowire} attribute, which ours does not;</li>
 *   <li>an import becomes a bean of the imported interface; here a deep-stubbed mock stands for the OSGi service proxy,
 *       so chained host calls ({@code pageBuilderService.assembler().resources()...}) need no scripting.</li>
 * </ul>
 * Two deliberate differences, both failing where the runtime would be lenient: an import whose class does not load is an
 * error here (the runtime logs and skips it), and two imports with the same short name clash here (the runtime falls
 * back to the full class name for the second).
 */
final class ScannerRuntime {

    private static final String INDEX_DIRECTORY = "META-INF/plugin-components/";

    private final SortedSet<String> components;
    private final SortedSet<String> imports;

    private ScannerRuntime(SortedSet<String> components, SortedSet<String> imports) {
        this.components = components;
        this.imports = imports;
    }

    /** The runtime as a host of this product ("confluence", "jira") would run it over our index files. */
    static ScannerRuntime forProduct(String product) {
        return new ScannerRuntime(readAllIndexFilesForProduct("component", product), readAllIndexFilesForProduct("imports", product));
    }

    /** The import lines, as the runtime merges them for this product. */
    SortedSet<String> imports() {
        return new TreeSet<>(imports);
    }

    /** The same runtime as if the index files lacked this import line; refuses a line that is not there. */
    ScannerRuntime withoutImport(String entry) {
        if (!imports.contains(entry)) {
            throw new IllegalArgumentException("The index files have no import line " + entry + ": " + imports);
        }
        SortedSet<String> remaining = new TreeSet<>(imports);
        remaining.remove(entry);
        return new ScannerRuntime(components, remaining);
    }

    /** Registers the imports and components and refreshes the context; fails the way plugin enablement would. */
    GenericApplicationContext start() {
        GenericApplicationContext context = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        for (String entry : imports) {
            Class<?> type = load(typeName(entry));
            context.getBeanFactory().registerSingleton(beanName(entry), mock(type, RETURNS_DEEP_STUBS));
        }
        for (String entry : components) {
            context.registerBeanDefinition(beanName(entry), BeanDefinitionBuilder.genericBeanDefinition(typeName(entry)).getBeanDefinition());
        }
        context.refresh();
        return context;
    }

    private static SortedSet<String> readAllIndexFilesForProduct(String file, String product) {
        SortedSet<String> entries = new TreeSet<>(readIndexFile(file));
        entries.addAll(readIndexFile(file + "-" + product));
        return entries;
    }

    /** Every line as it stands, blank ones included: the runtime does not skip them either. A missing file is empty. */
    private static SortedSet<String> readIndexFile(String file) {
        SortedSet<String> lines = new TreeSet<>();
        InputStream in = ScannerRuntime.class.getClassLoader().getResourceAsStream(INDEX_DIRECTORY + file);
        if (in == null) {
            return lines;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String typeName(String entry) {
        return entry.split("#")[0];
    }

    private static String beanName(String entry) {
        String[] typeAndName = entry.split("#");
        return typeAndName.length > 1 && !typeAndName[1].isEmpty()
                ? typeAndName[1]
                : Introspector.decapitalize(ClassUtils.getShortName(typeAndName[0]));
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, ScannerRuntime.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The index names a class that does not exist: " + className, e);
        }
    }
}
