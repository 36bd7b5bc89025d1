package org.activitylead.it.packaging;

import java.nio.file.Files;
import java.nio.file.Path;

/** What Maven hands the integration tests (see the failsafe configuration in pom.xml): the packaged JAR and its version. */
final class BuildUnderTest {

    private BuildUnderTest() {
    }

    static Path jar() {
        Path jar = Path.of(property("activitylead.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged JAR at " + jar + "; run the tests with mvn verify");
        }
        return jar;
    }

    static String pomVersion() {
        return property("activitylead.version");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests with mvn verify");
        }
        return value;
    }
}
