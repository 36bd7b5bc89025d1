package com.atlassian.confluence.api.model.content.id;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/content/id/ContentId.java (public class). Left out: every other member. */
public class ContentId {

    private ContentId() {
    }

    public static ContentId of(long id) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public long asLong() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
