package com.atlassian.confluence.api.model.content;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/content/Space.java (public class). Left out: every other member. */
public class Space {

    private Space() {
    }

    public String getKey() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
