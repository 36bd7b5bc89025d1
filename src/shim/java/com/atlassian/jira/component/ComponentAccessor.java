package com.atlassian.jira.component;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/component/ComponentAccessor.html
 */
public final class ComponentAccessor {

    private ComponentAccessor() {
    }

    /** An OSGi service exported by another app (here: Jira Software), or null when none is there. */
    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
