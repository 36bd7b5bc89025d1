package org.activitylead.testing.jira;

import com.atlassian.jira.cache.request.RequestCache;
import com.atlassian.jira.cache.request.RequestCacheFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Jira's request-scoped caches as a test drives them: everything cached lives until {@link #endRequest()}, as in Jira
 * it lives until the HTTP request ends. Outside a request ({@link #outsideRequests()}) nothing is stored.
 */
public final class FakeRequestCaches implements RequestCacheFactory {

    private final Map<String, Map<Object, Object>> requestValues = new HashMap<>();
    private boolean inRequest = true;

    public static FakeRequestCaches outsideRequests() {
        FakeRequestCaches caches = new FakeRequestCaches();
        caches.inRequest = false;
        return caches;
    }

    /** The request ends: Jira drops every value of every request cache. */
    public void endRequest() {
        requestValues.clear();
    }

    @Override
    public <K, V> RequestCache<K, V> createRequestCache(String name) {
        return (key, supplier) -> {
            if (!inRequest) {
                return supplier.get();
            }
            @SuppressWarnings("unchecked")
            V value = (V) requestValues.computeIfAbsent(name, n -> new HashMap<>()).computeIfAbsent(key, k -> supplier.get());
            return value;
        };
    }
}
