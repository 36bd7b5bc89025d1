package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-only shim: a class in Jira, generic since Jira 8; the app only reads it.
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/search/SearchResults.html
 * https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html
 * (Jira Software 11.1 returns SearchResults&lt;Issue&gt;). Left out: the constructors and paging getters (not used);
 * tests mock it.
 */
public class SearchResults<T> {

    /** The issues of the pager's range. */
    public List<T> getResults() {
        throw new UnsupportedOperationException("shim");
    }

    /** How many issues match in all, beyond the pager's range. */
    public int getTotal() {
        throw new UnsupportedOperationException("shim");
    }
}
