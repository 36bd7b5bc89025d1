package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/**
 * Compile-only shim; the app only receives it and calls getBlogPost().
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/event/events/content/blogpost/BlogPostMovedEvent.java (a public class extending the abstract BlogPostEvent, which
 * declares {@code BlogPost getBlogPost()}; the call resolves there). Left out: the super-classes and every other member.
 */
public class BlogPostMovedEvent {

    public BlogPost getBlogPost() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
