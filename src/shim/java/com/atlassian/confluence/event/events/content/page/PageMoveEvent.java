package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Compile-only shim; the app only receives it and calls getPage().
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/event/events/content/page/PageMoveEvent.java (a public class extending the abstract PageEvent, which declares
 * {@code Page getPage()}; the call resolves there). Left out: the super-classes and every other member.
 */
public class PageMoveEvent {

    public Page getPage() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
