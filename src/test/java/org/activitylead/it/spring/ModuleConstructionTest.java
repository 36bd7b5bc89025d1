package org.activitylead.it.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.cache.request.RequestCacheFactory;
import com.atlassian.jira.issue.customfields.converters.UserConverter;
import com.atlassian.jira.jql.resolver.UserResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.confluence.ActivityLeadReportMacro;
import org.activitylead.confluence.HandoverAdminAction;
import org.activitylead.confluence.HealthAdminAction;
import org.activitylead.confluence.RecordingAdminAction;
import org.activitylead.confluence.SpaceHandoverAction;
import org.activitylead.confluence.SpaceHealthAction;
import org.activitylead.jira.DriCFType;
import org.activitylead.jira.DriHandoverAction;
import org.activitylead.jira.DriHealthAction;
import org.activitylead.jira.DriSearcher;
import org.activitylead.jira.DriValidator;
import org.activitylead.jira.DriValidatorFactory;
import org.activitylead.jira.InactiveDrisFunction;
import org.activitylead.it.spring.DescriptorModules.ModuleClass;
import org.activitylead.testing.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Every class the descriptor names, ours or the host's, is built the way the host builds it: in the plugin's own
 * Spring context started from that product's scanner index, whose only beans are the imported host services (each a
 * stand-in with the real interface), by constructor autowiring ({@link HostModuleFactory}). Jira's component
 * container serves only what the host contract lists as not exported ({@link JiraContainer}); nothing else of the
 * host is reachable. A class that needs anything more fails here, naming it, instead of on an admin's Jira.
 */
class ModuleConstructionTest {

    private static final String JIRA_USER_SEARCHER = "com.atlassian.jira.issue.customfields.searchers.UserPickerGroupSearcher";

    @Test
    void everyConfluenceModuleClassIsBuiltFromThePluginsContext() {
        DescriptorModules modules = DescriptorModules.packaged("confluence");
        // Guards against a descriptor parse that finds nothing and so proves nothing.
        // The health screen, the recording screen's class once for each of its three Struts actions (show, start, stop),
        // the reassignment screen's once for each of its five (show, dry run, reassign, stop, resume), and the space
        // tools' health screen and reassignment screen (show and its four forms). Confluence's own web-item condition is built by Confluence, so it is not listed.
        assertThat(modules.classNames()).containsExactly(ActivityLeadMacro.class.getName(), ActivityLeadReportMacro.class.getName(),
                HealthAdminAction.class.getName(), RecordingAdminAction.class.getName(), RecordingAdminAction.class.getName(),
                RecordingAdminAction.class.getName(), HandoverAdminAction.class.getName(), HandoverAdminAction.class.getName(),
                HandoverAdminAction.class.getName(), HandoverAdminAction.class.getName(), HandoverAdminAction.class.getName(),
                SpaceHealthAction.class.getName(), SpaceHandoverAction.class.getName(), SpaceHandoverAction.class.getName(),
                SpaceHandoverAction.class.getName(), SpaceHandoverAction.class.getName(), SpaceHandoverAction.class.getName());

        assertThat(failures("confluence", modules, ScannerRuntime.forProduct("confluence"))).isEmpty();
    }

    @Test
    void everyJiraModuleClassIsBuiltFromThePluginsContext() {
        DescriptorModules modules = DescriptorModules.packaged("jira");
        // The validator class comes from an element, the health screen's from its action's name: neither is missed.
        assertThat(modules.classNames()).containsExactlyInAnyOrder(DriCFType.class.getName(), DriSearcher.class.getName(),
                InactiveDrisFunction.class.getName(), DriValidatorFactory.class.getName(), DriValidator.class.getName(),
                DriHealthAction.class.getName(), DriHandoverAction.class.getName());

        assertThat(failures("jira", modules, ScannerRuntime.forProduct("jira"))).isEmpty();
    }

    @Test
    void theModulesTakeExactlyTheListedComponentsFromJirasContainer() throws Exception {
        try (JiraContainer jira = JiraContainer.open();
                GenericApplicationContext context = ScannerRuntime.forProduct("jira").start()) {
            assertThat(HostModuleFactory.create(context, DriSearcher.class.getName())).isInstanceOf(DriSearcher.class);

            // Every allowance is used: the host contract lists no component the app does not take. The searcher takes
            // Jira's converters; the app's context takes the request caches (RequestUsers) when it starts.
            assertThat(jira.asked()).containsExactlyInAnyOrder(UserConverter.class.getName(), UserResolver.class.getName(),
                    RequestCacheFactory.class.getName());
        }
    }

    @Test
    void jirasOwnSearcherNamedInTheDescriptorCannotBeBuilt() {
        // The descriptor as it was before DriSearcher: Jira's class, whose dependencies the app does not import.
        PluginDescriptor packaged = PluginDescriptor.load();
        DescriptorModules modules = DescriptorModules.of(packaged.withText(packaged.text()
                .replace("class=\"" + DriSearcher.class.getName() + "\"", "class=\"" + JIRA_USER_SEARCHER + "\"")), "jira");
        assertThat(modules.classNames()).contains(JIRA_USER_SEARCHER);

        Map<ModuleClass, String> failures = failures("jira", modules, ScannerRuntime.forProduct("jira"));

        assertThat(failures).hasSize(1);
        ModuleClass failed = failures.keySet().iterator().next();
        assertThat(failed.className()).isEqualTo(JIRA_USER_SEARCHER);
        // Spring names the first constructor argument it cannot satisfy.
        assertThat(failures.get(failed)).contains(UserConverter.class.getName());
        System.out.println("Today's searcher module, built as Jira builds it: " + failed + " -> " + failures.get(failed));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("everyImport")
    void aMissingImportFailsAndIsNamed(String product, String importLine) {
        String type = importLine.split("#")[0];

        Map<ModuleClass, String> failures = failures(product, DescriptorModules.packaged(product),
                ScannerRuntime.forProduct(product).withoutImport(importLine));

        // Every import is needed by something the host builds, and its absence is reported by name.
        assertThat(failures.values()).as("failures without %s", importLine).anySatisfy(message -> assertThat(message).contains(type));
    }

    @Test
    void aComponentMissingFromJirasContainerFailsAndIsNamed() {
        for (Class<?> component : JiraContainer.NOT_EXPORTED_AS_SERVICES) {
            try (JiraContainer jira = JiraContainer.without(component)) {
                Map<ModuleClass, String> failures = build("jira", DescriptorModules.packaged("jira"), ScannerRuntime.forProduct("jira"));

                assertThat(failures.values()).as("failures without %s", component.getName())
                        .anySatisfy(message -> assertThat(message).contains(component.getName()));
            }
        }
    }

    @Test
    void everyModuleIsBuiltWithoutJirasRequestCaches() {
        for (Class<?> component : JiraContainer.OPTIONAL) {
            try (JiraContainer jira = JiraContainer.without(component)) {
                assertThat(build("jira", DescriptorModules.packaged("jira"), ScannerRuntime.forProduct("jira")))
                        .as("failures without %s", component.getName()).isEmpty();
                assertThat(jira.asked()).contains(component.getName());
            }
        }
    }

    static Stream<Arguments> everyImport() {
        return Stream.of("confluence", "jira").flatMap(product ->
                ScannerRuntime.forProduct(product).imports().stream().map(line -> Arguments.of(product, line)));
    }

    /** Each class that cannot be built, with the message the host would log; empty when all are built. */
    private static Map<ModuleClass, String> failures(String product, DescriptorModules modules, ScannerRuntime runtime) {
        if (!product.equals("jira")) {
            return build(product, modules, runtime);
        }
        try (JiraContainer jira = JiraContainer.open()) {
            return build(product, modules, runtime);
        }
    }

    private static Map<ModuleClass, String> build(String product, DescriptorModules modules, ScannerRuntime runtime) {
        Map<ModuleClass, String> failures = new LinkedHashMap<>();
        GenericApplicationContext context;
        try {
            context = runtime.start();
        } catch (RuntimeException e) {
            // The plugin does not even enable: every module fails with the context's reason.
            modules.classes().forEach(module -> failures.put(module, messages(e)));
            return failures;
        }
        try (context) {
            for (ModuleClass module : modules.classes()) {
                try {
                    Object built = HostModuleFactory.create(context, module.className());
                    assertThat(built.getClass().getName()).as("%s in %s", module, product).isEqualTo(module.className());
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    failures.put(module, messages(e));
                }
            }
        }
        return failures;
    }

    /** The whole cause chain: Spring wraps the reason (the missing type) a few levels down. */
    private static String messages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            text.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }
}
