package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/issue/search/SearchService.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/search/SearchService.java
 * In 6.3 the searcher is a crowd User and SearchResults is raw; since Jira 7 the searcher is an ApplicationUser and
 * since Jira 8 the results are SearchResults of Issue (public Jira 8+ apps call it so; docs/host-contract.md).
 * Left out: every other member (not used).
 */
public interface SearchService {

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** A nested public final class in Jira, not an interface. */
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;
        private final boolean valid;

        /** Only tests build one here; Jira's constructor takes (Query, MessageSet) and judges the errors itself. */
        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
            this.valid = query != null;
        }

        /** Null when the query string was not valid. */
        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return valid;
        }
    }
}
