package org.activitylead.it.packaging;

import java.nio.file.Path;
import java.util.Map;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;

/**
 * An embedded Apache Felix standing in for a host's OSGi container: its system bundle exports exactly the host's
 * packages, so our bundle resolves against them as it would in the product. Close it to stop the framework.
 */
final class FelixHost implements AutoCloseable {

    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final Framework framework;

    private FelixHost(Framework framework) {
        this.framework = framework;
    }

    /** Starts Felix with its cache in {@code storage}, which is wiped first so no earlier run's state leaks in. */
    static FelixHost start(HostExports exports, Path storage) throws BundleException {
        Framework framework = new Felix(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports.asSystemPackagesExtra()));
        framework.start();
        return new FelixHost(framework);
    }

    Bundle install(Path jar) throws BundleException {
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    @Override
    public void close() throws BundleException {
        framework.stop();
        try {
            if (framework.waitForStop(STOP_TIMEOUT_MILLIS).getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                throw new IllegalStateException("Felix did not stop within " + STOP_TIMEOUT_MILLIS + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Felix to stop", e);
        }
    }
}
