package com.atlassian.confluence.api.model.content;

import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.reference.Reference;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/content/Content.java (public class). Left out: every other member. */
public class Content {

    private Content() {
    }

    public static Reference<Content> buildReference(ContentId id) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
