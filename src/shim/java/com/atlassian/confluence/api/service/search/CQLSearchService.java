package com.atlassian.confluence.api.service.search;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;

/**
 * Compile-only shim; the app only calls it. An OSGi service of the bundled CQL plugin (host contract); it searches as
 * the current user, with that user's space and page permissions in the query, and silently caps a page at 200 results
 * when anything is expanded. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/service/search/CQLSearchService.java (interface, no checked exception; failures
 * are the unchecked ServiceException). Left out: the other searchContent overloads, countContent, search.
 */
public interface CQLSearchService {

    PageResponse<Content> searchContent(String cql, PageRequest pageRequest, Expansion... expansions);
}
