package com.atlassian.jira.cache.request;

import com.atlassian.cache.Supplier;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/cache/request/RequestCache.html
 * ({@code @ExperimentalApi public interface RequestCache<K,V>}, since 6.4.8; the same methods in the 8.2.2 page):
 * {@code V get(K, com.atlassian.cache.Supplier<V>)}, no wildcard, no checked exception. Outside a request context
 * (an HTTP request or an atlassian-scheduler job) it stores nothing and calls the supplier every time.
 * Left out: {@code get(K)}, {@code getIfPresent(K)}, {@code remove(K)}, {@code removeAll()} (not used).
 */
public interface RequestCache<K, V> {

    V get(K key, Supplier<V> supplier);
}
