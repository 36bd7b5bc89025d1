package org.activitylead.testing.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Jira's issue search at the host seam: a query answers with the issues given for the JQL it was parsed from (by a
 * part of it), cut to the pager's range, with how many matched in all; every query is recorded with its searcher.
 */
public final class FakeJiraSearch implements SearchService {

    /** What SearchService parsed: here, the JQL itself. */
    public record Jql(String text) implements Query {
    }

    private final Map<Predicate<String>, List<Issue>> answers = new LinkedHashMap<>();
    private final List<String> asked = new ArrayList<>();
    private int total = -1;
    private boolean failing;

    /** Queries whose JQL contains {@code part} find these issues. */
    public FakeJiraSearch answering(String part, Issue... issues) {
        answers.put(jql -> jql.contains(part), List.of(issues));
        return this;
    }

    /** Every query reports this many matches, more than it returns. */
    public FakeJiraSearch totalOf(int matches) {
        this.total = matches;
        return this;
    }

    /** Every search fails as Jira's index can. */
    public FakeJiraSearch failing() {
        this.failing = true;
        return this;
    }

    /** Each query as "searcher-key: jql". */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        return new ParseResult(new Jql(query), null);
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException {
        String jql = ((Jql) query).text();
        asked.add((searcher == null ? "anonymous" : searcher.getKey()) + ": " + jql);
        if (failing) {
            throw new SearchException("index unavailable");
        }
        List<Issue> found = answers.entrySet().stream().filter(answer -> answer.getKey().test(jql)).findFirst()
                .map(Map.Entry::getValue).orElse(List.of());
        List<Issue> page = found.subList(Math.min(pager.getStart(), found.size()), Math.min(pager.getStart() + pager.getMax(), found.size()));
        int matches = Math.max(total, found.size());
        return new SearchResults<>() {
            @Override
            public List<Issue> getResults() {
                return page;
            }

            @Override
            public int getTotal() {
                return matches;
            }
        };
    }
}
