package org.activitylead.it.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.owasp.encoder.Encode;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The installable JAR as Maven built it: what the host's plugin system reads from it before any code runs.
 * Everything here is checked on the artifact itself, not on target/classes.
 */
class PackagedJarIT {

    private static final String PLUGIN_KEY = "org.activitylead.activity-lead";
    private static final String OUR_PACKAGES = "org.activitylead.";
    private static final String JIRA_SEARCHERS = "com.atlassian.jira.issue.customfields.searchers";
    private static final String JIRA_SOFTWARE_ISSUE_TYPES = "com.atlassian.greenhopper.api.issuetype";
    private static final Path SHIM_SOURCES = Path.of("src/shim/java");
    private static final Path SCANNER_INDEXES = Path.of("src/main/resources/META-INF/plugin-components");
    private static final Path SPRING_CONTEXT = Path.of("src/main/resources/META-INF/spring/plugin-context.xml");

    private static JarFile jar;
    private static Attributes manifest;

    @BeforeAll
    static void openJar() throws IOException {
        jar = new JarFile(BuildUnderTest.jar().toFile());
        manifest = jar.getManifest().getMainAttributes();
    }

    @AfterAll
    static void closeJar() throws IOException {
        jar.close();
    }

    @Test
    void usesThePluginKeyAsItsBundleSymbolicName() {
        // The host finds a transformerless plugin by Atlassian-Plugin-Key and matches it to the OSGi bundle by name.
        assertThat(HeaderClause.parse(manifest.getValue("Bundle-SymbolicName")))
                .extracting(HeaderClause::name)
                .containsExactly(PLUGIN_KEY);
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
    }

    @Test
    void carriesThePomVersionAsItsBundleVersion() {
        // bnd writes a Maven qualifier as an OSGi one: 1.1.0-SNAPSHOT becomes 1.1.0.SNAPSHOT.
        String expected = BuildUnderTest.pomVersion().replaceFirst("-", ".");
        assertThat(manifest.getValue("Bundle-Version")).isEqualTo(expected);
    }

    @Test
    void asksTheHostToStartItsSpringContext() {
        // Without the header the host never creates our Spring context, so no scanner index is read and no bean exists.
        assertThat(manifest.getValue("Spring-Context")).isNotBlank();
    }

    @Test
    void importsEveryProductPackageOptionally() {
        // One JAR for both products: a mandatory Confluence import would stop it resolving in Jira, and the reverse.
        List<HeaderClause> productImports = imports().stream()
                .filter(clause -> Product.anyOwns(clause.name()))
                .toList();

        assertThat(productImports).isNotEmpty();
        assertThat(productImports).allSatisfy(clause ->
                assertThat(clause.isOptional()).as("%s is resolution:=optional", clause.name()).isTrue());
    }

    @Test
    void importsThePackageOfJirasUserSearcherOptionally() {
        // DriSearcher extends Jira's UserPickerGroupSearcher: Jira loads its super class through this import.
        assertThat(imports()).filteredOn(clause -> clause.name().equals(JIRA_SEARCHERS))
                .singleElement()
                .satisfies(clause -> assertThat(clause.isOptional()).isTrue());
    }

    @Test
    void importsJiraSoftwaresEpicApiOptionally() {
        // Without this import the epic lookup finds no class and, taking Jira Software for absent, quietly falls back to
        // the type named Epic; mandatory, it would stop the bundle on every Jira site without Jira Software.
        List<HeaderClause> jiraSoftwareImports = imports().stream()
                .filter(clause -> Product.JIRA_SOFTWARE.owns(clause.name()))
                .toList();

        assertThat(jiraSoftwareImports).extracting(HeaderClause::name).contains(JIRA_SOFTWARE_ISSUE_TYPES);
        assertThat(jiraSoftwareImports).allSatisfy(clause ->
                assertThat(clause.isOptional()).as("%s is resolution:=optional", clause.name()).isTrue());
    }

    @Test
    void leavesOsWorkflowToJira() {
        // OSWorkflow and PropertySet are provided by Jira. A copy in the JAR would replace these imports and give our
        // validator a Validator interface of its own, which Jira's workflow engine could not cast to its own.
        assertThat(entryNames()).filteredOn(name -> name.startsWith("com/opensymphony/")).isEmpty();
        assertThat(imports()).extracting(HeaderClause::name)
                .contains("com.opensymphony.workflow", "com.opensymphony.module.propertyset");
    }

    @Test
    void importsNoJavaPackage() {
        // java.* always comes from the JVM. Before OSGi Core R7 importing it is an install error, and we do not
        // control which framework version the host's plugin system runs.
        assertThat(imports()).extracting(HeaderClause::name).noneMatch(name -> name.startsWith("java."));
    }

    @Test
    void exportsNothing() {
        // Exporting our packages would let other apps wire to them and pin our classes in the host.
        assertThat(HeaderClause.parse(manifest.getValue("Export-Package"))).isEmpty();
    }

    @Test
    void leavesTheCompileOnlyShimOut() throws IOException {
        // A shim class in the JAR would shadow the host's real class with our hand-written signatures.
        Set<String> shimClasses = shimClassEntries();
        assertThat(shimClasses).isNotEmpty();

        assertThat(entryNames()).filteredOn(name -> name.startsWith("com/atlassian/")).isEmpty();
        assertThat(entryNames()).filteredOn(name -> isShimClass(name, shimClasses)).isEmpty();
    }

    @Test
    void embedsTheOwaspEncoder() throws IOException, URISyntaxException {
        // Platform 7+ hosts export no third-party libraries, so the encoder must travel inside the JAR.
        Path encoderJar = Path.of(Encode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> encoderClasses;
        try (JarFile encoder = new JarFile(encoderJar.toFile())) {
            encoderClasses = encoder.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.startsWith("org/owasp/encoder/") && name.endsWith(".class"))
                    .collect(Collectors.toSet());
        }

        assertThat(encoderClasses).isNotEmpty();
        assertThat(entryNames()).containsAll(encoderClasses);
        // Its BSD licence asks for the notice to ship with binary copies.
        assertThat(entryNames()).contains("META-INF/licenses/owasp-encoder-LICENSE.txt");
    }

    @Test
    void packagesTheSpringContextAndEveryScannerIndexAsWritten() throws IOException {
        // Without these files the host builds no beans, and the macro fails only when a page first renders it.
        List<Path> indexes;
        try (Stream<Path> files = Files.list(SCANNER_INDEXES)) {
            indexes = files.filter(Files::isRegularFile).toList();
        }
        assertThat(indexes).isNotEmpty();

        assertPackagedAsWritten("META-INF/spring/plugin-context.xml", SPRING_CONTEXT);
        for (Path index : indexes) {
            assertPackagedAsWritten("META-INF/plugin-components/" + index.getFileName(), index);
        }
    }

    @Test
    void packagesTheDescriptorWithEveryPlaceholderFilledIn() throws Exception {
        // The descriptor is filtered from the POM; an unresolved placeholder would show up verbatim in Manage apps.
        String descriptor = read("atlassian-plugin.xml");
        assertThat(descriptor).doesNotContain("${");

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(descriptor)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/atlassian-plugin/@key", document)).isEqualTo(PLUGIN_KEY);
        assertThat(xpath.evaluate("/atlassian-plugin/plugin-info/version", document).trim())
                .isEqualTo(BuildUnderTest.pomVersion());
    }

    private static final String CONFLUENCE_CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions.";

    @Test
    void everyClassTheDescriptorNamesIsInTheJar() throws Exception {
        // The host builds each named class from our Spring context, so each must be ours (ModuleConstructionTest): a
        // host class named here could not be built, whatever the bundle imports.
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(read("atlassian-plugin.xml"))));
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList nodes = (NodeList) xpath.evaluate(
                "//@class | //validator-class | //condition-class | //function-class", document, XPathConstants.NODESET);
        Set<String> named = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String name = nodes.item(i).getTextContent().strip();
            // Confluence's own web-item conditions are built by Confluence itself, never from our context (DescriptorModules).
            if (!name.startsWith(CONFLUENCE_CONDITIONS)) {
                named.add(name);
            }
        }
        Set<String> entries = entryNames();

        assertThat(named).as("classes the descriptor names").isNotEmpty();
        assertThat(named).allSatisfy(name -> assertThat(entries).as("JAR entries, for %s", name)
                .contains(name.replace('.', '/') + ".class"));
    }

    private static List<HeaderClause> imports() {
        return HeaderClause.parse(manifest.getValue("Import-Package"));
    }

    /** Every class file the shim compiles to, as a JAR entry without ".class", e.g. "com/atlassian/user/User". */
    private static Set<String> shimClassEntries() throws IOException {
        try (Stream<Path> files = Files.walk(SHIM_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> SHIM_SOURCES.relativize(file).toString().replace('\\', '/'))
                    .map(path -> path.substring(0, path.length() - ".java".length()))
                    .collect(Collectors.toSet());
        }
    }

    /** Matches the top-level class and its nested classes (Macro.class, Macro$BodyType.class). */
    private static boolean isShimClass(String entryName, Set<String> shimClasses) {
        if (!entryName.endsWith(".class")) {
            return false;
        }
        String withoutSuffix = entryName.substring(0, entryName.length() - ".class".length());
        int nested = withoutSuffix.indexOf('$');
        return shimClasses.contains(nested < 0 ? withoutSuffix : withoutSuffix.substring(0, nested));
    }

    private static Set<String> entryNames() {
        return jar.stream().map(JarEntry::getName).collect(Collectors.toSet());
    }

    private static void assertPackagedAsWritten(String entryName, Path source) throws IOException {
        assertThat(read(entryName)).as(entryName).isEqualTo(Files.readString(source));
    }

    private static String read(String entryName) throws IOException {
        JarEntry entry = jar.getJarEntry(entryName);
        assertThat(entry).as("%s is in the JAR", entryName).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
