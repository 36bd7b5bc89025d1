package com.atlassian.cache;

/**
 * Compile-only shim: atlassian-cache's own supplier, which Jira's request cache takes (not java.util.function's).
 * https://docs.atlassian.com/atlassian-cache/2.8.3/xref/com/atlassian/cache/Supplier.html (a public interface with
 * one method, {@code V get()}); named by Jira 10.2.0's RequestCache javadoc (see RequestCache in this shim).
 */
public interface Supplier<V> {

    V get();
}
