package com.atlassian.event.api;

/**
 * Compile-only shim; the app only calls it. Imported as an OSGi service (host contract).
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventPublisher.java (atlassian-event 5.0.2).
 * Left out: publish(Object) (not used).
 */
public interface EventPublisher extends EventListenerRegistrar {
}
