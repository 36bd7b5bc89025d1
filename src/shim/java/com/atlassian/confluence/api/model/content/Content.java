package com.atlassian.confluence.api.model.content;

import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.link.Link;
import com.atlassian.confluence.api.model.link.LinkType;
import com.atlassian.confluence.api.model.reference.Reference;
import java.util.Map;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/content/Content.java (public class). Left out: every other member. */
public class Content {

    private Content() {
    }

    public static Reference<Content> buildReference(ContentId id) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    /** The content a property's collapsed reference points to (its id properties), without loading it. */
    public static ContentSelector getSelector(Reference<Content> contentRef) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public ContentId getId() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Map<LinkType, Link> getLinks() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    /** Needs the "space" expansion; otherwise the host throws IllegalStateException. */
    public Space getSpace() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
