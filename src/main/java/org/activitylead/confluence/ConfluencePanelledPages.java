package org.activitylead.confluence;

import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.api.model.search.SearchPageResponse;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import org.activitylead.core.backfill.PanelledPages;

/**
 * Confluence's search for the pages and blog posts whose body holds the panel (CQL's macro field, from Confluence's
 * own index of each body's macros), in content-id order, as the current user: the recording job runs as the
 * administrator who started it. No expansion: only ids are needed, and the pages are read one at a time.
 */
@ConfluenceComponent
public class ConfluencePanelledPages implements PanelledPages {

    /** A fixed text: no user input reaches this query. */
    static final String CQL = "type in (page, blogpost) and macro = \"" + PagePanels.MACRO_NAME + "\" order by id asc";

    private final CQLSearchService search;

    public ConfluencePanelledPages(@ConfluenceImport CQLSearchService search) {
        this.search = search;
    }

    @Override
    public Found find(int from, int limit) {
        try {
            PageResponse<Content> page = search.searchContent(CQL, new SimplePageRequest(from, limit));
            int total = page instanceof SearchPageResponse<?> counted ? counted.totalSize() : from + page.size();
            return new Found(page.getResults().stream().map(content -> content.getId().asLong()).toList(), total);
        } catch (RuntimeException e) {
            throw new SearchFailed(e);
        }
    }
}
