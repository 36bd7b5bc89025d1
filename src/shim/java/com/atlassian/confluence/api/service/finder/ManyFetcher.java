package com.atlassian.confluence.api.service.finder;

import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/service/finder/ManyFetcher.java (interface, one method, no checked exception). */
public interface ManyFetcher<T> {

    PageResponse<T> fetchMany(PageRequest request);
}
