package com.atlassian.event.api;

/**
 * Compile-only shim; the app only calls it (through EventPublisher).
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventListenerRegistrar.java (atlassian-event 5.0.2 in Confluence 8.7.2).
 * Left out: unregisterAll() (not used).
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
