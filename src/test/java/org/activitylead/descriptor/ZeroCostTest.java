package org.activitylead.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activitylead.testing.PluginDescriptor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * DCAPT's regression run compares every page and issue action with and without the app installed, and there almost no
 * page carries the macro and almost no issue the DRI field: the app must add nothing to them. Checked on what ships
 * (the filtered descriptor, the spring-scanner index, the compiled classes), and each check is proven to fail on an
 * app that does add a global cost.
 */
class ZeroCostTest {

    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.load();

    @Test
    void theDescriptorDeclaresOnlyModulesThatRunWhereTheAppIsUsed() {
        assertThat(DESCRIPTOR.modules()).as("modules of the app").isNotEmpty();
        assertThat(ZeroCost.inDescriptor(DESCRIPTOR.root())).isEmpty();
    }

    @Test
    void theScannerIndexImportsNoEventPublisher() {
        Map<String, List<String>> index = scannerIndex(DESCRIPTOR.file("META-INF/plugin-components"));
        assertThat(index).as("spring-scanner index files").isNotEmpty();

        assertThat(ZeroCost.inScannerIndex(index)).isEmpty();
    }

    @Test
    void noShippedClassListensToEventsOrIndexesIssues() {
        JavaClasses shipped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.activitylead");
        assertThat(shipped).as("the app's compiled classes").isNotEmpty();

        assertThat(ZeroCost.inClasses(shipped)).isEmpty();
    }

    /** The same checks, on an app that does what ours must not. */
    @Nested
    class ProvenOnAHostileApp {

        @Test
        void findsAWebResourceInTheSiteWideContext() {
            assertThat(ZeroCost.inDescriptor(descriptor("""
                    <web-resource key="everywhere"><context>atl.general</context></web-resource>""")))
                    .containsExactly("web-resource 'everywhere' joins a context, so pages without the app load it");
        }

        @Test
        void findsAWebResourceInAnyContextAtAll() {
            assertThat(ZeroCost.inDescriptor(descriptor("""
                    <web-resource key="on-issues"><context>jira.view.issue</context></web-resource>"""))).hasSize(1);
        }

        @Test
        void findsAServletFilterAndAContextListener() {
            assertThat(ZeroCost.inDescriptor(descriptor("""
                    <servlet-filter key="timer" location="before-dispatch"><url-pattern>/*</url-pattern></servlet-filter>
                    <servlet-context-listener key="boot" class="x.Boot"/>""")))
                    .containsExactly(
                            "servlet-filter 'timer' is not a module type known to cost nothing where the app is unused",
                            "servlet-context-listener 'boot' is not a module type known to cost nothing where the app is unused");
        }

        @Test
        void findsAWebPanelOnEveryIssueView() {
            assertThat(ZeroCost.inDescriptor(descriptor("""
                    <web-panel key="side" location="atl.jira.view.issue.right.context"/>"""))).hasSize(1);
        }

        @Test
        void findsAWebItemOutsideTheAdministrationConsoleAndTheSpaceTools() {
            assertThat(ZeroCost.inDescriptor(descriptor("""
                    <web-item key="header" section="system.header/left"><link>/x</link></web-item>
                    <web-item key="space" section="system.space.tools/contenttools"><link>/x</link></web-item>
                    <web-item key="tools" section="system.space.tools/addons"><link>/x</link></web-item>
                    <web-item key="admin" section="system.admin/configuration"><link>/admin/x</link></web-item>""")))
                    .containsExactly("web-item 'header' joins a section outside the administration console and the space tools",
                            "web-item 'space' joins a section outside the administration console and the space tools");
        }

        @Test
        void findsAWebSectionOutsideJirasAdministration() {
            assertThat(ZeroCost.inDescriptor(descriptor("""
                    <web-section key="top" location="system.top.navigation.bar"/>
                    <web-section key="apps" location="admin_plugins_menu"/>
                    <web-item key="jira" section="admin_plugins_menu/apps"><link>/secure/admin/X.jspa</link></web-item>""")))
                    .containsExactly("web-section 'top' joins a location outside the administration console");
        }

        @Test
        void findsASearcherOfOurOwnAndADeclaredIndexer() {
            assertThat(ZeroCost.inDescriptor(descriptor("""
                    <customfield-searcher key="own" class="org.activitylead.jira.OwnSearcher"/>
                    <customfield-type key="dri" class="org.activitylead.jira.DriCFType"><indexer class="x.I"/></customfield-type>""")))
                    .containsExactly(
                            "customfield-searcher 'own' is our own class, with an indexer of our own",
                            "customfield-type 'dri' declares an indexer");
        }

        @Test
        void findsAnImportedEventPublisher() {
            assertThat(ZeroCost.inScannerIndex(Map.of("imports-jira", List.of("com.atlassian.event.api.EventPublisher"))))
                    .containsExactly("imports-jira imports com.atlassian.event.api.EventPublisher, which registers event listeners");
        }

        @Test
        void findsAnEventListenerAndTheEventPublisherItRegistersWith() {
            List<String> violations = ZeroCost.inClasses(new ClassFileImporter().importClasses(PageViewListener.class));

            assertThat(violations).hasSize(2)
                    .anyMatch(violation -> violation.contains("onPageView") && violation.endsWith("is an event listener"))
                    .anyMatch(violation -> violation.endsWith("to listen to events"));
        }

        @Test
        void findsASaveListenerThatIsNotTheRecorder() {
            assertThat(ZeroCost.inClasses(new ClassFileImporter().importClasses(UnlistedSaveListener.class)))
                    .singleElement().asString().contains("onSave").endsWith("is an event listener");
        }

        @Test
        void findsAnEventPublisherImportedForJira() {
            assertThat(ZeroCost.inScannerIndex(Map.of("imports-confluence", List.of("com.atlassian.event.api.EventPublisher"),
                    "imports-jira", List.of("com.atlassian.event.api.EventPublisher")))).singleElement().asString().startsWith("imports-jira");
        }

        @Test
        void findsACustomIndexerAndAFieldTypeThatAddsOne() {
            List<String> violations = ZeroCost.inClasses(new ClassFileImporter().importClasses(DriIndexer.class, IndexingFieldType.class));

            assertThat(violations).hasSize(2)
                    .anyMatch(violation -> violation.contains("DriIndexer is an indexer"))
                    .anyMatch(violation -> violation.endsWith("adds indexers to a custom field"));
        }
    }

    @interface EventListener {
    }

    interface EventPublisher {
        void register(Object listener);
    }

    interface FieldIndexer {
    }

    /** Listens to saves, as the recorder does, but is not the recorder: still a cost nobody has looked at. */
    static final class UnlistedSaveListener {
        @EventListener
        void onSave(PageUpdateEvent event) {
        }
    }

    static final class PageViewListener {
        PageViewListener(EventPublisher publisher) {
            publisher.register(this);
        }

        @EventListener
        void onPageView(Object event) {
        }
    }

    static final class DriIndexer implements FieldIndexer {
    }

    static final class IndexingFieldType {
        List<FieldIndexer> getRelatedIndexers() {
            return List.of(new DriIndexer());
        }
    }

    private static Element descriptor(String modules) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<atlassian-plugin key=\"hostile\">" + modules + "</atlassian-plugin>")))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("the hostile descriptor does not parse", e);
        }
    }

    private static Map<String, List<String>> scannerIndex(Path folder) {
        Map<String, List<String>> index = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                index.put(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }
}
