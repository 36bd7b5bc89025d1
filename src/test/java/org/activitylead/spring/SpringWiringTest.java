package org.activitylead.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activitylead.confluence.ActivityLeadMacro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Starts the plugin's Spring context the way each host would, from the index files alone, and creates the descriptor's
 * modules the way the plugin system does. The index test proves the files match the annotations; this test proves that
 * what the files declare is enough to build every object the host asks for.
 */
class SpringWiringTest {

    private static final String MARKER = "<activity-lead-panel/>";

    @Test
    void confluenceContextStartsAndCreatesEveryConfluenceModule() throws Exception {
        List<Class<?>> modules = moduleClasses("confluence");
        // Guards against a descriptor parse that finds nothing and so proves nothing.
        assertThat(modules).contains(ActivityLeadMacro.class);

        try (GenericApplicationContext context = ScannerRuntime.forProduct("confluence").start()) {
            for (Class<?> module : modules) {
                assertThat(createModule(context, module)).isInstanceOf(module);
            }
        }
    }

    @Test
    void confluenceMacroRendersThroughTheWiredServices() throws Exception {
        try (GenericApplicationContext context = ScannerRuntime.forProduct("confluence").start()) {
            // The mocks are the context's own import beans, so the stubs reach the components that were injected with them.
            doAnswer(call -> {
                call.<Writer>getArgument(2).write(MARKER);
                return null;
            }).when(context.getBean(TemplateRenderer.class)).render(anyString(), anyMap(), any(Writer.class));
            when(context.getBean(I18nResolver.class).getRawText(any(), anyString())).thenAnswer(call -> call.getArgument(1));
            when(context.getBean(LocaleResolver.class).getLocale()).thenReturn(Locale.ENGLISH);
            when(context.getBean(ApplicationProperties.class).getBaseUrl(any())).thenReturn("/wiki");
            ConversionContext pageView = mock(ConversionContext.class);
            when(pageView.getOutputType()).thenReturn("display");

            ActivityLeadMacro macro = (ActivityLeadMacro) createModule(context, ActivityLeadMacro.class);

            assertThat(macro.execute(Map.of(), null, pageView)).isEqualTo(MARKER);
        }
    }

    @Test
    void jiraContextStartsWithoutAnythingFromConfluence() throws Exception {
        try (GenericApplicationContext context = ScannerRuntime.forProduct("jira").start()) {
            // Jira has no Confluence classes: any such bean or import would stop the plugin from enabling there.
            for (String name : context.getBeanNamesForType(Object.class)) {
                assertThat(confluenceTypes(context.getType(name))).as("bean %s", name).isEmpty();
            }
            for (Class<?> module : moduleClasses("jira")) {
                assertThat(confluenceTypes(module)).as("Jira module %s", module.getName()).isEmpty();
                assertThat(createModule(context, module)).isInstanceOf(module);
            }
        }
    }

    @Test
    void macroCannotBeCreatedWhenOneOfItsImportsIsMissing() {
        // Only the macro needs the renderer, so the context still starts and the gap shows when the host creates the
        // module: the case a context-only check would miss.
        try (GenericApplicationContext context = ScannerRuntime.forProduct("confluence")
                .withoutImport(TemplateRenderer.class.getName())
                .start()) {
            assertThatThrownBy(() -> createModule(context, ActivityLeadMacro.class))
                    .isInstanceOf(UnsatisfiedDependencyException.class)
                    .hasMessageContaining(TemplateRenderer.class.getName());
        }
    }

    /** What the plugin system does for a module class: it is no bean, but built against the plugin's context. */
    private static Object createModule(GenericApplicationContext context, Class<?> module) {
        return context.getAutowireCapableBeanFactory().createBean(module, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
    }

    /**
     * Every class named in the descriptor that a host of this product instantiates: those of modules restricted to the
     * product or unrestricted, including nested ones such as conditions.
     */
    private static List<Class<?>> moduleClasses(String product) throws Exception {
        Element root;
        try (InputStream in = SpringWiringTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml on the class path").isNotNull();
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
        List<Class<?>> classes = new ArrayList<>();
        for (Element module : childElements(root)) {
            String application = module.getAttribute("application");
            if (application.isEmpty() || application.equals(product)) {
                addClassAttribute(module, classes);
                NodeList nested = module.getElementsByTagName("*");
                for (int i = 0; i < nested.getLength(); i++) {
                    addClassAttribute((Element) nested.item(i), classes);
                }
            }
        }
        return classes;
    }

    private static void addClassAttribute(Element element, List<Class<?>> classes) throws ClassNotFoundException {
        String className = element.getAttribute("class");
        if (!className.isEmpty()) {
            classes.add(Class.forName(className, false, SpringWiringTest.class.getClassLoader()));
        }
    }

    private static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The type itself and every supertype that belongs to Confluence or to our Confluence adapter. */
    private static List<String> confluenceTypes(Class<?> type) {
        List<String> found = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            addIfConfluence(c, found);
        }
        ClassUtils.getAllInterfacesForClassAsSet(type).forEach(i -> addIfConfluence(i, found));
        return found;
    }

    private static void addIfConfluence(Class<?> type, List<String> found) {
        if (type.getName().startsWith("com.atlassian.confluence.") || type.getName().startsWith("org.activitylead.confluence.")) {
            found.add(type.getName());
        }
    }
}
