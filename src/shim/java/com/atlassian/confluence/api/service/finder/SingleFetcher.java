package com.atlassian.confluence.api.service.finder;

import java.util.Optional;

/**
 * Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/service/finder/SingleFetcher.java (interface). Left out: the deprecated fetchOne() (a
 * Fugue type) and fetchOneOrNull(), and fetchOrNull().
 */
public interface SingleFetcher<T> {

    Optional<T> fetch();
}
