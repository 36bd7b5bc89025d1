package org.activitylead.it.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The packages a simulated host exports to apps, with their versions: one {@code package;version=x.y.z} per line,
 * {@code #} starts a comment. Immutable; the negative tests derive a broken host with {@link #without} or
 * {@link #withVersion}, and {@link #plus} adds what an installed app exports.
 */
final class HostExports {

    private final Map<String, String> versionByPackage;

    private HostExports(Map<String, String> versionByPackage) {
        this.versionByPackage = Map.copyOf(versionByPackage);
    }

    static HostExports load(String resource) {
        Map<String, String> versionByPackage = new HashMap<>();
        for (String line : read(resource).lines().toList()) {
            for (HeaderClause export : HeaderClause.parse(line.replaceFirst("#.*", "").trim())) {
                String version = export.attributes().get("version");
                if (version == null) {
                    throw new IllegalArgumentException(resource + ": " + export.name() + " has no version");
                }
                if (versionByPackage.put(export.name(), version) != null) {
                    throw new IllegalArgumentException(resource + ": " + export.name() + " is listed twice");
                }
            }
        }
        return new HostExports(versionByPackage);
    }

    Set<String> packages() {
        return versionByPackage.keySet();
    }

    /** This host without one package; refuses a package the list does not have, so a negative test cannot go vacuous. */
    HostExports without(String packageName) {
        Map<String, String> changed = copyContaining(packageName);
        changed.remove(packageName);
        return new HostExports(changed);
    }

    /** This host exporting one of its packages at another version. */
    HostExports withVersion(String packageName, String version) {
        Map<String, String> changed = copyContaining(packageName);
        changed.put(packageName, version);
        return new HostExports(changed);
    }

    /**
     * This host with an installed app's exports added. Refuses a package both already export: which one the bundle
     * wired to would then be Felix's choice, not the test's.
     */
    HostExports plus(HostExports app) {
        Map<String, String> combined = new HashMap<>(versionByPackage);
        app.versionByPackage.forEach((packageName, version) -> {
            if (combined.put(packageName, version) != null) {
                throw new IllegalArgumentException("The host already exports " + packageName);
            }
        });
        return new HostExports(combined);
    }

    /** The value for Felix's org.osgi.framework.system.packages.extra: the host's packages, exported by the system bundle. */
    String asSystemPackagesExtra() {
        return versionByPackage.entrySet().stream()
                .map(export -> export.getKey() + ";version=" + export.getValue())
                .sorted()
                .collect(Collectors.joining(","));
    }

    private static String read(String resource) {
        try (InputStream in = HostExports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No export list " + resource + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> copyContaining(String packageName) {
        if (!versionByPackage.containsKey(packageName)) {
            throw new IllegalArgumentException("The host does not export " + packageName);
        }
        return new HashMap<>(versionByPackage);
    }
}
