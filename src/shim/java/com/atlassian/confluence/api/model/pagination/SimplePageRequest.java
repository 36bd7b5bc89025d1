package com.atlassian.confluence.api.model.pagination;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/pagination/SimplePageRequest.java (public class). Left out: the other constructors. */
public class SimplePageRequest implements PageRequest {

    private final int start;
    private final int limit;

    public SimplePageRequest(int start, int limit) {
        this.start = start;
        this.limit = limit;
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getLimit() {
        return limit;
    }
}
