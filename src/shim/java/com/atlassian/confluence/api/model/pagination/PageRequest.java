package com.atlassian.confluence.api.model.pagination;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/pagination/PageRequest.java (interface). Left out: getCursor(). */
public interface PageRequest {

    int getStart();

    int getLimit();
}
