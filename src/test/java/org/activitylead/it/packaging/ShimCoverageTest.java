package org.activitylead.it.packaging;

import static org.activitylead.testing.PluginDescriptor.children;
import static org.activitylead.testing.PluginDescriptor.descendants;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activitylead.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Keeps the {@code atlassian} profile honest: with it the build drops src/shim/java and compiles against the real
 * artifacts, so every package the shim stands in for must come from an artifact that profile names. Which artifact
 * holds which package is written down in src/shim/artifacts.properties.
 */
class ShimCoverageTest {

    private static final Path SHIM = Path.of("src/shim/java");
    private static final Path ARTIFACTS = Path.of("src/shim/artifacts.properties");
    private static final Path POM = Path.of("pom.xml");
    private static final String PROFILE = "atlassian";

    @Test
    void everyShimPackageComesFromAnArtifactTheProfileNames() {
        Map<String, String> artifactByPrefix = artifactsByPrefix();
        Set<String> profileArtifacts = profileDependencies();
        List<String> problems = new ArrayList<>();

        for (String shimPackage : shimPackages()) {
            Optional<String> artifact = artifactFor(shimPackage, artifactByPrefix);
            if (artifact.isEmpty()) {
                problems.add(shimPackage + ": no line of " + ARTIFACTS + " covers it");
            } else if (!profileArtifacts.contains(artifact.get())) {
                problems.add(shimPackage + ": " + artifact.get() + " is not a dependency of the " + PROFILE + " profile");
            }
        }

        assertThat(shimPackages()).as("packages in %s", SHIM).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLineOfTheArtifactListCoversAShimPackage() {
        Map<String, String> artifactByPrefix = artifactsByPrefix();
        Set<String> used = shimPackages().stream()
                .map(shimPackage -> longestPrefix(shimPackage, artifactByPrefix.keySet()).orElseThrow())
                .collect(Collectors.toSet());

        // A stale line would let a new shim package slip under an artifact nobody checked.
        assertThat(artifactByPrefix.keySet()).as("prefixes in %s", ARTIFACTS).isSubsetOf(used);
    }

    @Test
    void theProfileReplacesTheShimAndSkipsTheShimsTests() {
        Element profile = profile();
        String text = profile.getTextContent();
        // The add-shim execution is switched off: otherwise the shim would still win over the real classes.
        assertThat(descendants(profile, "execution")).anySatisfy(execution -> {
            assertThat(child(execution, "id")).isEqualTo("add-shim");
            assertThat(child(execution, "phase")).isEqualTo("none");
        });
        assertThat(text).contains("atlassian-spring-scanner-maven-plugin");
        assertThat(child(descendants(profile, "properties").get(0), "maven.test.skip")).isEqualTo("true");
    }

    private static Optional<String> artifactFor(String shimPackage, Map<String, String> artifactByPrefix) {
        return longestPrefix(shimPackage, artifactByPrefix.keySet()).map(artifactByPrefix::get);
    }

    private static Optional<String> longestPrefix(String shimPackage, Set<String> prefixes) {
        return prefixes.stream()
                .filter(prefix -> shimPackage.equals(prefix) || shimPackage.startsWith(prefix + "."))
                .max(Comparator.comparingInt(String::length));
    }

    private static Set<String> shimPackages() {
        Path root = Path.of(System.getProperty("basedir", ".")).resolve(SHIM);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> root.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> artifactsByPrefix() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(ProjectFiles.text(ARTIFACTS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byPrefix = new TreeMap<>();
        properties.forEach((prefix, artifact) -> byPrefix.put(prefix.toString(), artifact.toString().strip()));
        return byPrefix;
    }

    /** {@code groupId:artifactId} of every dependency the profile declares (not its imported BOM). */
    private static Set<String> profileDependencies() {
        Element dependencies = descendants(profile(), "dependencies").stream()
                .filter(element -> element.getParentNode() == profile())
                .findFirst().orElseThrow();
        Set<String> artifacts = new TreeSet<>();
        for (Element dependency : descendants(dependencies, "dependency")) {
            artifacts.add(child(dependency, "groupId") + ":" + child(dependency, "artifactId"));
        }
        return artifacts;
    }

    private static Element cachedProfile;

    private static Element profile() {
        if (cachedProfile == null) {
            try {
                Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(ProjectFiles.text(POM)))).getDocumentElement();
                cachedProfile = descendants(pom, "profile").stream()
                        .filter(profile -> PROFILE.equals(child(profile, "id")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("pom.xml has no profile " + PROFILE));
            } catch (Exception e) {
                throw new AssertionError("cannot read " + POM, e);
            }
        }
        return cachedProfile;
    }

    /** The text of the direct child element {@code tag}, or null. */
    private static String child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst().map(element -> element.getTextContent().strip()).orElse(null);
    }
}
