package com.atlassian.jira.cache.request;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/cache/request/RequestCacheFactory.html
 * ({@code @ExperimentalApi public interface}; both factory methods generic in K and V, no checked exception).
 * Left out: {@code createRequestCache(String, com.atlassian.cache.CacheLoader)} (not used).
 */
public interface RequestCacheFactory {

    <K, V> RequestCache<K, V> createRequestCache(String name);
}
