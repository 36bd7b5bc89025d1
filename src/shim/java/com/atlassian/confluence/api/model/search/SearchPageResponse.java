package com.atlassian.confluence.api.model.search;

import com.atlassian.confluence.api.model.pagination.PageResponse;

/**
 * Compile-only shim: what CQLSearchService.searchContent really returns, with the number of every match the user may
 * see. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/search/SearchPageResponse.java (public class implementing PageResponse). Left out: every other member.
 */
public abstract class SearchPageResponse<T> implements PageResponse<T> {

    public int totalSize() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
