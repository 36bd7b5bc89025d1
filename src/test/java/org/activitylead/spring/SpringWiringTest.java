package org.activitylead.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.jira.DriCFType;
import org.activitylead.jira.DriValidator;
import org.activitylead.jira.DriValidatorFactory;
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
    private static final String OUR_PACKAGES = "org.activitylead.";
    /** Jira's own user searcher, named by our customfield-searcher module: Jira builds it, not our context. */
    private static final String JIRA_USER_SEARCHER = "com.atlassian.jira.issue.customfields.searchers.UserPickerGroupSearcher";
    private static final List<String> CONFLUENCE_NAMESPACES = List.of("com.atlassian.confluence.", "org.activitylead.confluence.");
    private static final List<String> JIRA_NAMESPACES = List.of(
            "com.atlassian.jira.", "com.atlassian.greenhopper.", "com.opensymphony.", "org.activitylead.jira.");

    @Test
    void confluenceContextStartsAndCreatesEveryConfluenceModule() throws Exception {
        List<Class<?>> modules = ourModuleClasses("confluence");
        // Guards against a descriptor parse that finds nothing and so proves nothing.
        assertThat(modules).contains(ActivityLeadMacro.class);
        // Confluence is handed no class of its own by our descriptor, so nothing is left out of the loop below.
        assertThat(hostModuleClasses("confluence")).isEmpty();

        try (GenericApplicationContext context = ScannerRuntime.forProduct("confluence").start()) {
            for (Class<?> module : modules) {
                assertThat(createModule(context, module)).isInstanceOf(module);
            }
        }
    }

    @Test
    void confluenceContextStartsWithoutAnythingFromJira() {
        try (GenericApplicationContext context = ScannerRuntime.forProduct("confluence").start()) {
            // Confluence has no Jira classes: a Jira bean or import there would stop the plugin from enabling.
            for (String name : context.getBeanNamesForType(Object.class)) {
                assertThat(typesFrom(context.getType(name), JIRA_NAMESPACES)).as("bean %s", name).isEmpty();
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
                assertThat(typesFrom(context.getType(name), CONFLUENCE_NAMESPACES)).as("bean %s", name).isEmpty();
            }
            for (Class<?> module : ourModuleClasses("jira")) {
                assertThat(typesFrom(module, CONFLUENCE_NAMESPACES)).as("Jira module %s", module.getName()).isEmpty();
            }
        }
    }

    @Test
    void jiraContextStartsAndCreatesEveryJiraModule() throws Exception {
        List<Class<?>> modules = ourModuleClasses("jira");
        // Exactly these: the validator class comes from an element, not an attribute, and must not be missed.
        assertThat(modules).containsExactlyInAnyOrder(DriCFType.class, DriValidatorFactory.class, DriValidator.class);
        // The searcher is Jira's class, built by Jira, so it is the one class left out; anything else named outside
        // our packages would be skipped unchecked, so it has to be added here on purpose.
        assertThat(hostModuleClasses("jira")).containsExactly(JIRA_USER_SEARCHER);

        try (GenericApplicationContext context = ScannerRuntime.forProduct("jira").start()) {
            for (Class<?> module : modules) {
                assertThat(createModule(context, module)).isInstanceOf(module);
            }
        }
    }

    @Test
    void driFieldValidatesThroughTheWiredServices() {
        try (GenericApplicationContext context = ScannerRuntime.forProduct("jira").start()) {
            // Stubbed on the context's own import bean, so alice reaches the field only along the wiring:
            // field -> JiraDriDirectory -> Jira's UserManager.
            ApplicationUser alice = mock(ApplicationUser.class);
            when(alice.getKey()).thenReturn("alice");
            when(alice.getUsername()).thenReturn("alice");
            when(alice.isActive()).thenReturn(true);
            UserManager userManager = context.getBean(UserManager.class);
            // The form submits a username, looked up by name first (JiraDriDirectory).
            when(userManager.getUserByName("alice")).thenReturn(alice);
            // No issue or project in the parameters: the value is checked for itself, as on a form without context.
            CustomFieldParams params = mock(CustomFieldParams.class);
            when(params.getValuesForNullKey()).thenReturn(List.of("alice"));
            // A real field id, so that a rejection is reported as an error rather than a NullPointerException.
            CustomField customField = mock(CustomField.class);
            when(customField.getId()).thenReturn("customfield_10100");
            FieldConfig config = mock(FieldConfig.class);
            when(config.getCustomField()).thenReturn(customField);
            ErrorCollection errors = mock(ErrorCollection.class);
            // The field's context (all issue types here) comes from Jira's scheme manager, along the wiring too.
            FieldConfigScheme allIssueTypes = mock(FieldConfigScheme.class);
            when(allIssueTypes.isAllIssueTypes()).thenReturn(true);
            FieldConfigSchemeManager schemes = context.getBean(FieldConfigSchemeManager.class);
            when(schemes.getConfigSchemeForFieldConfig(config)).thenReturn(allIssueTypes);

            DriCFType field = (DriCFType) createModule(context, DriCFType.class);
            field.validateFromParams(params, errors, config);

            verify(schemes).getConfigSchemeForFieldConfig(config);
            verify(userManager).getUserByName("alice");
            verify(errors, never()).addError(any(), any(), any());
            verify(errors, never()).addErrorMessage(any(), any());
        }
    }

    @Test
    void driFieldRequiresItsScriptThroughTheWiredPageBuilder() {
        try (GenericApplicationContext context = ScannerRuntime.forProduct("jira").start()) {
            CustomField customField = mock(CustomField.class);
            when(customField.getId()).thenReturn("customfield_10100");
            PageBuilderService pageBuilder = context.getBean(PageBuilderService.class);

            DriCFType field = (DriCFType) createModule(context, DriCFType.class);
            field.getVelocityParameters(null, customField, null);

            verify(pageBuilder.assembler().resources()).requireWebResource(anyString());
        }
    }

    @Test
    void driFieldCannotBeCreatedWithoutThePageBuilder() {
        try (GenericApplicationContext context = ScannerRuntime.forProduct("jira")
                .withoutImport(PageBuilderService.class.getName())
                .start()) {
            assertThatThrownBy(() -> createModule(context, DriCFType.class))
                    .isInstanceOf(UnsatisfiedDependencyException.class)
                    .hasMessageContaining(PageBuilderService.class.getName());
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

    @Test
    void driFieldCannotBeCreatedWhenOneOfItsJiraImportsIsMissing() {
        // Only the field needs the project manager, so again the context starts and the gap shows at module creation.
        try (GenericApplicationContext context = ScannerRuntime.forProduct("jira")
                .withoutImport(ProjectManager.class.getName())
                .start()) {
            assertThatThrownBy(() -> createModule(context, DriCFType.class))
                    .isInstanceOf(UnsatisfiedDependencyException.class)
                    .hasMessageContaining(ProjectManager.class.getName());
        }
    }

    /** What the plugin system does for a module class: it is no bean, but built against the plugin's context. */
    private static Object createModule(GenericApplicationContext context, Class<?> module) {
        return context.getAutowireCapableBeanFactory().createBean(module, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
    }

    /** The descriptor's classes for this product that are ours: the plugin system builds them against our context. */
    private static List<Class<?>> ourModuleClasses(String product) throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        for (String className : moduleClassNames(product)) {
            if (className.startsWith(OUR_PACKAGES)) {
                classes.add(Class.forName(className, false, SpringWiringTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    /**
     * The descriptor's classes for this product that belong to the host, such as a system searcher: the host builds
     * them from its own class path, never from our context, so they are not loaded here.
     */
    private static Set<String> hostModuleClasses(String product) throws Exception {
        return moduleClassNames(product).stream().filter(name -> !name.startsWith(OUR_PACKAGES)).collect(Collectors.toSet());
    }

    /**
     * Every class named in the descriptor that a host of this product instantiates: those of modules restricted to the
     * product or unrestricted, including nested ones such as conditions, and a workflow validator's
     * {@code <validator-class>}, which Jira builds the same way as the module class.
     */
    private static List<String> moduleClassNames(String product) throws Exception {
        Element root;
        try (InputStream in = SpringWiringTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml on the class path").isNotNull();
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
        List<String> classNames = new ArrayList<>();
        for (Element module : childElements(root)) {
            String application = module.getAttribute("application");
            if (application.isEmpty() || application.equals(product)) {
                addClassAttribute(module, classNames);
                NodeList nested = module.getElementsByTagName("*");
                for (int i = 0; i < nested.getLength(); i++) {
                    Element element = (Element) nested.item(i);
                    addClassAttribute(element, classNames);
                    if (element.getTagName().equals("validator-class")) {
                        classNames.add(element.getTextContent().strip());
                    }
                }
            }
        }
        return classNames;
    }

    private static void addClassAttribute(Element element, List<String> classNames) {
        String className = element.getAttribute("class");
        if (!className.isEmpty()) {
            classNames.add(className);
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

    /** The type itself and every supertype that lies in one of these namespaces (one product's, or our adapter for it). */
    private static List<String> typesFrom(Class<?> type, List<String> namespaces) {
        List<String> found = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            addIfIn(c, namespaces, found);
        }
        ClassUtils.getAllInterfacesForClassAsSet(type).forEach(i -> addIfIn(i, namespaces, found));
        return found;
    }

    private static void addIfIn(Class<?> type, List<String> namespaces, List<String> found) {
        if (namespaces.stream().anyMatch(type.getName()::startsWith)) {
            found.add(type.getName());
        }
    }
}
