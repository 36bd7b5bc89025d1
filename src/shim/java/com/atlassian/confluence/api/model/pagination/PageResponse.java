package com.atlassian.confluence.api.model.pagination;

import java.util.List;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/pagination/PageResponse.java (interface extending Iterable). Left out: getPageRequest and the cursors. */
public interface PageResponse<T> extends Iterable<T> {

    List<T> getResults();

    int size();

    boolean hasMore();
}
