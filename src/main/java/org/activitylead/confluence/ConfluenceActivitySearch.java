package org.activitylead.confluence;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.Space;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.link.Link;
import com.atlassian.confluence.api.model.link.LinkType;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.api.model.search.SearchPageResponse;
import com.atlassian.confluence.api.service.content.ContentPropertyService;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.record.RecordJson;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;

/**
 * Confluence's CQL search behind the report, as the viewer: Confluence puts the viewer's space and page permissions
 * into the query itself, so a report never lists what its reader may not see. The records come from the content
 * properties in batches (never from the page bodies), also as the viewer.
 */
@ConfluenceComponent
public class ConfluenceActivitySearch implements ActivitySearch {

    /** Confluence returns at most 200 results a call when anything is expanded (here the space). */
    static final int SEARCH_PAGE = 200;
    /** And at most 100 properties a call. */
    static final int PROPERTY_PAGE = 100;

    private final CQLSearchService search;
    private final ContentPropertyService properties;

    public ConfluenceActivitySearch(@ConfluenceImport CQLSearchService search, @ConfluenceImport ContentPropertyService properties) {
        this.search = search;
        this.properties = properties;
    }

    @Override
    public Found find(String cql, int limit) {
        List<Content> found = new ArrayList<>();
        int total = -1;
        while (found.size() < limit) {
            PageResponse<Content> page = search.searchContent(cql, new SimplePageRequest(found.size(), Math.min(SEARCH_PAGE, limit - found.size())),
                    new Expansion("space"));
            if (total < 0 && page instanceof SearchPageResponse<?> counted) {
                total = counted.totalSize();
            }
            found.addAll(page.getResults());
            if (!page.hasMore() || page.size() == 0) {
                break;
            }
        }
        Map<Long, String> records = records(found);
        List<ReportHit> hits = found.stream().limit(limit).map(content -> hit(content, records.get(content.getId().asLong()))).toList();
        return new Found(hits, Math.max(total, hits.size()));
    }

    private Map<Long, String> records(List<Content> contents) {
        Map<Long, String> records = new HashMap<>();
        if (contents.isEmpty()) {
            return records;
        }
        List<ContentId> ids = contents.stream().map(Content::getId).toList();
        int start = 0;
        while (true) {
            PageResponse<JsonContentProperty> page = properties.find().withContentIds(ids).withPropertyKeys(List.of(RecordJson.PROPERTY_KEY))
                    .fetchMany(new SimplePageRequest(start, PROPERTY_PAGE));
            for (JsonContentProperty property : page.getResults()) {
                if (property.getValue() != null) {
                    records.put(Content.getSelector(property.getContentRef()).getId().asLong(), property.getValue().getValue());
                }
            }
            if (!page.hasMore() || page.size() == 0) {
                return records;
            }
            start += page.size();
        }
    }

    private static ReportHit hit(Content content, String json) {
        Space space = content.getSpace();
        Link web = content.getLinks() == null ? null : content.getLinks().get(LinkType.WEB_UI);
        String path = web == null || web.getPath() == null ? "/pages/viewpage.action?pageId=" + content.getId().asLong() : web.getPath();
        return new ReportHit(content.getId().asLong(), Optional.ofNullable(content.getTitle()).orElse(""), path,
                space == null || space.getKey() == null ? "" : space.getKey(), space == null || space.getName() == null ? "" : space.getName(),
                json == null ? Optional.empty() : RecordJson.read(json));
    }
}
