package com.atlassian.jira.component;

/**
 * Compile-only shim; the app only calls a static method. A plain (not final) class with the implicit public
 * constructor, as in Jira.
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/component/ComponentAccessor.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/component/ComponentAccessor.java
 * getComponent(Class): public static <T> T getComponent(Class<T>), no checked exception, in the 6.3.15 source above
 * and called the same way by public plugins built for Jira 11.3 (alanmosely/jira-watcher-field-plugin, WatcherSearcher).
 * Left out: every other static getter (not used).
 */
public class ComponentAccessor {

    /** A component of Jira's own container, also one that is not exported to apps as an OSGi service. */
    public static <T> T getComponent(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    /** An OSGi service exported by another app (here: Jira Software), or null when none is there. Never cache it. */
    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
