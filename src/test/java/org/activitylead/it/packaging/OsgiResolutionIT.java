package org.activitylead.it.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The packaged JAR resolved by a real OSGi framework against each supported host's exported packages.
 *
 * <p>The export lists are our assumption of what each product exports (see their comments); this proves the
 * manifest fits those lists, not that the lists match the products. Spring and module descriptors are out of scope.
 * Every test stops its framework through try-with-resources, whatever happens.
 */
class OsgiResolutionIT {

    private static final String SLF4J = "org.slf4j";
    private static final String TEMPLATE_RENDERER = "com.atlassian.templaterenderer";
    /** What Jira Software adds to a Jira 10.3 host when it is installed; no host list has it on its own. */
    private static final String JIRA_SOFTWARE_10_3 = "/osgi/jira-software-10.3.packages";

    // A fresh directory per test (and per parameter), so no bundle cache survives from an earlier start.
    @TempDir
    Path storage;

    @ParameterizedTest
    @EnumSource(Host.class)
    void startsOnEverySupportedHost(Host host) throws Exception {
        try (FelixHost felix = FelixHost.start(host.exports(), storage)) {
            Bundle bundle = felix.install(BuildUnderTest.jar());

            bundle.start();

            assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Host.class, names = {"CONFLUENCE_9_2", "CONFLUENCE_10_2"})
    void wiresItsConfluenceImportsOnConfluence(Host host) throws Exception {
        // Optional imports resolve silently when the host lacks them; the macro would then fail with
        // NoClassDefFoundError on first render. So on Confluence each one must really be wired.
        try (FelixHost felix = FelixHost.start(host.exports(), storage)) {
            Bundle bundle = felix.install(BuildUnderTest.jar());
            bundle.start();

            Set<String> confluenceImports = optionalImportsOf(bundle, Product.CONFLUENCE);
            assertThat(confluenceImports).isNotEmpty();
            assertThat(wiredPackages(bundle)).containsAll(confluenceImports);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Host.class, names = {"JIRA_10_3", "JIRA_11_3"})
    void startsOnJiraWithItsConfluenceImportsUnwired(Host host) throws Exception {
        try (FelixHost felix = FelixHost.start(host.exports(), storage)) {
            Bundle bundle = startOurBundle(felix);
            assertThat(wiredPackages(bundle)).doesNotContainAnyElementsOf(optionalImportsOf(bundle, Product.CONFLUENCE));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Host.class, names = {"JIRA_10_3", "JIRA_11_3"})
    void wiresItsJiraImportsOnJira(Host host) throws Exception {
        // As on Confluence: an unwired Jira import would only show as NoClassDefFoundError when Jira first builds the DRI
        // field, its validator or its searcher.
        try (FelixHost felix = FelixHost.start(host.exports(), storage)) {
            Bundle bundle = startOurBundle(felix);
            Set<String> jiraImports = optionalImportsOf(bundle, Product.JIRA);
            assertThat(jiraImports).isNotEmpty();
            assertThat(wiredPackages(bundle)).containsAll(jiraImports);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Host.class, names = {"CONFLUENCE_9_2", "CONFLUENCE_10_2"})
    void startsOnConfluenceWithItsJiraImportsUnwired(Host host) throws Exception {
        try (FelixHost felix = FelixHost.start(host.exports(), storage)) {
            Bundle bundle = startOurBundle(felix);
            Set<String> jiraImports = optionalImportsOf(bundle, Product.JIRA);
            assertThat(jiraImports).isNotEmpty();
            assertThat(wiredPackages(bundle)).doesNotContainAnyElementsOf(jiraImports);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Host.class, names = {"JIRA_10_3", "JIRA_11_3"})
    void startsOnJiraWithoutJiraSoftwareWithItsEpicApiUnwired(Host host) throws Exception {
        // Jira Software is an optional app: without it the bundle must still start, and the epic check falls back to
        // the issue type named Epic.
        try (FelixHost felix = FelixHost.start(host.exports(), storage)) {
            Bundle bundle = startOurBundle(felix);
            Set<String> jiraSoftwareImports = optionalImportsOf(bundle, Product.JIRA_SOFTWARE);
            assertThat(jiraSoftwareImports).isNotEmpty();
            assertThat(wiredPackages(bundle)).doesNotContainAnyElementsOf(jiraSoftwareImports);
        }
    }

    @Test
    void wiresJiraSoftwaresEpicApiWhenJiraSoftwareIsInstalled() throws Exception {
        // With Jira Software present the epic type must come from its API; an unwired import here would silently
        // degrade to the name heuristic, since the lookup treats a missing class as "Jira Software is absent".
        HostExports withJiraSoftware = Host.JIRA_10_3.exports().plus(HostExports.load(JIRA_SOFTWARE_10_3));

        try (FelixHost felix = FelixHost.start(withJiraSoftware, storage)) {
            Bundle bundle = startOurBundle(felix);
            Set<String> jiraSoftwareImports = optionalImportsOf(bundle, Product.JIRA_SOFTWARE);
            assertThat(jiraSoftwareImports).isNotEmpty();
            assertThat(wiredPackages(bundle)).containsAll(jiraSoftwareImports);
        }
    }

    @Test
    void refusesToStartWhenTheHostLacksARequiredPackage() throws Exception {
        // Proves the shared imports are mandatory: a host without the template renderer must stop us at install
        // time with a clear message, not at first render.
        HostExports withoutRenderer = Host.CONFLUENCE_9_2.exports().without(TEMPLATE_RENDERER);

        try (FelixHost felix = FelixHost.start(withoutRenderer, storage)) {
            Bundle bundle = felix.install(BuildUnderTest.jar());

            assertThatThrownBy(bundle::start)
                    .isInstanceOf(BundleException.class)
                    .hasMessageContaining("osgi.wiring.package=" + TEMPLATE_RENDERER);
            assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.6.6", "3.0.0"})
    void refusesAnSlf4jOutsideTheImportedRange(String slf4jVersion) throws Exception {
        // Both ends of the [1.7,3) range: an older API lacks methods we may call, a new major may break them.
        HostExports otherSlf4j = Host.CONFLUENCE_9_2.exports().withVersion(SLF4J, slf4jVersion);

        try (FelixHost felix = FelixHost.start(otherSlf4j, storage)) {
            Bundle bundle = felix.install(BuildUnderTest.jar());

            assertThatThrownBy(bundle::start)
                    .isInstanceOf(BundleException.class)
                    .hasMessageContaining("osgi.wiring.package=" + SLF4J);
            assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
        }
    }

    @ParameterizedTest
    @EnumSource(Host.class)
    void simulatesEachHostWithItsOwnProductPackagesOnly(Host host) {
        // Guards the lists themselves: a Jira list leaking Confluence packages would make the Jira tests meaningless,
        // and one with Jira Software's would assume an app that many Jira sites do not have.
        Set<String> packages = host.exports().packages();

        assertThat(packages).anyMatch(host.product()::owns);
        for (Product other : Product.values()) {
            if (other != host.product()) {
                assertThat(packages).as("packages of %s", other).noneMatch(other::owns);
            }
        }
    }

    private static Set<String> optionalImportsOf(Bundle bundle, Product product) {
        return HeaderClause.parse(bundle.getHeaders().get(Constants.IMPORT_PACKAGE)).stream()
                .filter(HeaderClause::isOptional)
                .map(HeaderClause::name)
                .filter(product::owns)
                .collect(Collectors.toSet());
    }

    /** The packages the framework actually wired this bundle to, whichever bundle exports them. */
    private static Set<String> wiredPackages(Bundle bundle) {
        return bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .map(wire -> (String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
                .collect(Collectors.toSet());
    }

    /** Installs and starts the built JAR; every host must bring it to ACTIVE. */
    private static Bundle startOurBundle(FelixHost felix) throws Exception {
        Bundle bundle = felix.install(BuildUnderTest.jar());
        bundle.start();
        assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
        return bundle;
    }
}
