package org.activitylead.jira;

import com.atlassian.jira.cache.request.RequestCache;
import com.atlassian.jira.cache.request.RequestCacheFactory;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import java.util.Optional;
import java.util.function.Supplier;
import org.activitylead.core.people.HostUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users one request has looked up already, held in Jira's request-scoped cache. Jira validates a DRI write and
 * then converts its value in two separate calls; the second must not ask the user manager again for the name the
 * first asked about. Nothing outlives the request, so no node ever holds a user another node changed.
 * Without a request (Jira's cache then stores nothing) or without Jira's cache, every lookup asks Jira: only slower.
 */
@JiraComponent
public class RequestUsers {

    static final String CACHE_NAME = "org.activitylead.activity-lead.dri-users";

    private static final Logger LOG = LoggerFactory.getLogger(RequestUsers.class);

    private final RequestCache<String, Optional<HostUser<ApplicationUser>>> cache;

    /**
     * Jira's factory is asked for, not imported: it is experimental API, and a missing OSGi service would stop the
     * whole app from starting, where a missing cache only costs a second lookup.
     */
    public RequestUsers() {
        this(() -> ComponentAccessor.getComponent(RequestCacheFactory.class));
    }

    RequestUsers(Supplier<RequestCacheFactory> factory) {
        this.cache = create(factory);
    }

    /** With this factory of Jira's request caches; null for none. */
    public static RequestUsers with(RequestCacheFactory caches) {
        return new RequestUsers(() -> caches);
    }

    /** The user this request found for the reference, or the lookup's answer, remembered for the rest of the request. */
    Optional<HostUser<ApplicationUser>> find(String reference, Supplier<Optional<HostUser<ApplicationUser>>> lookup) {
        return cache == null ? lookup.get() : cache.get(reference, lookup::get);
    }

    private static RequestCache<String, Optional<HostUser<ApplicationUser>>> create(Supplier<RequestCacheFactory> factory) {
        try {
            RequestCacheFactory caches = factory.get();
            return caches == null ? null : caches.createRequestCache(CACHE_NAME);
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Jira's request cache is not available; each DRI check looks its user up itself", e);
            return null;
        }
    }
}
