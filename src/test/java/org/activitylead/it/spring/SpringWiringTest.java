package org.activitylead.it.spring;

import static org.assertj.core.api.Assertions.assertThat;
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
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.jira.DriCFType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Starts the plugin's Spring context the way each host would, from the index files alone, and drives modules built the
 * way the plugin system builds them through the wired services. The index test proves the files match the annotations;
 * ModuleConstructionTest proves every class the descriptor names can be built; this test proves the wiring reaches the
 * host services the modules call.
 */
class SpringWiringTest {

    private static final String MARKER = "<activity-lead-panel/>";
    private static final List<String> CONFLUENCE_NAMESPACES = List.of("com.atlassian.confluence.", "org.activitylead.confluence.");
    private static final List<String> JIRA_NAMESPACES = List.of(
            "com.atlassian.jira.", "com.atlassian.greenhopper.", "com.opensymphony.", "org.activitylead.jira.");

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
            for (String module : DescriptorModules.packaged("jira").classNames()) {
                Class<?> type = Class.forName(module, false, SpringWiringTest.class.getClassLoader());
                assertThat(typesFrom(type, CONFLUENCE_NAMESPACES)).as("Jira module %s", module).isEmpty();
            }
        }
    }

    @Test
    void driFieldValidatesThroughTheWiredServices() throws Exception {
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
    void driFieldRequiresItsScriptThroughTheWiredPageBuilder() throws Exception {
        try (GenericApplicationContext context = ScannerRuntime.forProduct("jira").start()) {
            CustomField customField = mock(CustomField.class);
            when(customField.getId()).thenReturn("customfield_10100");
            PageBuilderService pageBuilder = context.getBean(PageBuilderService.class);

            DriCFType field = (DriCFType) createModule(context, DriCFType.class);
            field.getVelocityParameters(null, customField, null);

            verify(pageBuilder.assembler().resources()).requireWebResource(anyString());
        }
    }

    /** What the plugin system does for a module class: it is no bean, but built against the plugin's context. */
    private static Object createModule(GenericApplicationContext context, Class<?> module) throws ClassNotFoundException {
        return HostModuleFactory.create(context, module.getName());
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
