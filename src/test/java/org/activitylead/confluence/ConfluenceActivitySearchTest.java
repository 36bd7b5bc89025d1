package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.ContentSelector;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.Space;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.link.Link;
import com.atlassian.confluence.api.model.link.LinkType;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.reference.Reference;
import com.atlassian.confluence.api.model.search.SearchPageResponse;
import com.atlassian.confluence.api.service.content.ContentPropertyService;
import com.atlassian.confluence.api.service.content.ContentPropertyService.ContentPropertyFinder;
import com.atlassian.confluence.api.service.content.ContentPropertyService.ParameterContentPropertyFinder;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.activitylead.core.record.RecordJson;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** The search as Confluence's CQL and property services answer it: pages of at most 200 hits, 100 properties. */
class ConfluenceActivitySearchTest {

    private static final String RECORD = "{\"version\":1,\"status\":\"LIVE\",\"leads\":[],\"leadNames\":[],\"reviewers\":[],"
            + "\"reviewerNames\":[],\"attention\":[\"no-lead\"]}";

    private final CQLSearchService cql = mock(CQLSearchService.class);
    private final ContentPropertyService properties = mock(ContentPropertyService.class);
    private final List<PageRequest> searches = new ArrayList<>();
    private final List<PageRequest> propertyPages = new ArrayList<>();
    private MockedStatic<Content> contents;

    @BeforeEach
    void selectors() {
        contents = mockStatic(Content.class);
    }

    @AfterEach
    void close() {
        contents.close();
    }

    /** A page of results as Confluence returns it: a SearchPageResponse carrying the permitted total. */
    @SuppressWarnings("unchecked")
    private static <T> PageResponse<T> page(List<T> results, boolean more, int total) {
        SearchPageResponse<T> page = mock(SearchPageResponse.class, withSettings().defaultAnswer(call -> {
            throw new AssertionError("unexpected " + call.getMethod());
        }).lenient());
        doReturn(results).when(page).getResults();
        doReturn(results.size()).when(page).size();
        doReturn(more).when(page).hasMore();
        doReturn(total).when(page).totalSize();
        return page;
    }

    private Content content(long id, String title, String webPath) {
        Content content = mock(Content.class);
        ContentId contentId = mock(ContentId.class);
        when(contentId.asLong()).thenReturn(id);
        when(content.getId()).thenReturn(contentId);
        when(content.getTitle()).thenReturn(title);
        Space space = mock(Space.class);
        when(space.getKey()).thenReturn("ENG");
        when(space.getName()).thenReturn("Engineering");
        when(content.getSpace()).thenReturn(space);
        if (webPath != null) {
            Link link = mock(Link.class);
            when(link.getPath()).thenReturn(webPath);
            when(content.getLinks()).thenReturn(Map.of(LinkType.WEB_UI, link));
        }
        return content;
    }

    private JsonContentProperty property(Content page, String json) {
        JsonContentProperty property = mock(JsonContentProperty.class);
        @SuppressWarnings("unchecked")
        Reference<Content> ref = mock(Reference.class);
        ContentSelector selector = mock(ContentSelector.class);
        ContentId id = page.getId();
        when(selector.getId()).thenReturn(id);
        contents.when(() -> Content.getSelector(ref)).thenReturn(selector);
        when(property.getContentRef()).thenReturn(ref);
        JsonString value = mock(JsonString.class);
        when(value.getValue()).thenReturn(json);
        when(property.getValue()).thenReturn(value);
        return property;
    }

    private void propertiesAnswer(List<JsonContentProperty> found) {
        ContentPropertyFinder finder = mock(ContentPropertyFinder.class);
        ParameterContentPropertyFinder byIds = mock(ParameterContentPropertyFinder.class);
        ParameterContentPropertyFinder byKeys = mock(ParameterContentPropertyFinder.class);
        when(properties.find()).thenReturn(finder);
        when(finder.withContentIds(anyList())).thenReturn(byIds);
        when(byIds.withPropertyKeys(List.of(RecordJson.PROPERTY_KEY))).thenReturn(byKeys);
        when(byKeys.fetchMany(any())).thenAnswer(call -> {
            PageRequest request = call.getArgument(0);
            propertyPages.add(request);
            int end = Math.min(found.size(), request.getStart() + request.getLimit());
            return page(found.subList(request.getStart(), end), end < found.size(), found.size());
        });
    }

    private void searchAnswers(List<Content> all, int permittedTotal) {
        when(cql.searchContent(eq("the cql"), any(), any())).thenAnswer(call -> {
            PageRequest request = call.getArgument(1);
            searches.add(request);
            int limit = Math.min(request.getLimit(), ConfluenceActivitySearch.SEARCH_PAGE);
            int end = Math.min(all.size(), request.getStart() + limit);
            return page(all.subList(request.getStart(), end), end < all.size(), permittedTotal);
        });
    }

    @Test
    void readsEachHitWithItsRecordFromThePropertiesNotThePages() {
        Content launch = content(1, "Launch", "/display/ENG/Launch");
        Content bare = content(2, "Bare", null);
        searchAnswers(List.of(launch, bare), 2);
        propertiesAnswer(List.of(property(launch, RECORD)));

        ActivitySearch.Found found = new ConfluenceActivitySearch(cql, properties).find("the cql", 50);

        assertThat(found.total()).isEqualTo(2);
        assertThat(found.hits()).extracting(ReportHit::title, ReportHit::webPath, ReportHit::spaceName).containsExactly(
                tuple("Launch", "/display/ENG/Launch", "Engineering"),
                tuple("Bare", "/pages/viewpage.action?pageId=2", "Engineering"));
        assertThat(found.hits().get(0).record()).isPresent();
        assertThat(found.hits().get(1).record()).as("a page without a readable record").isEmpty();
    }

    @Test
    void pagesThroughTheHostsCapsUpToTheLimit() {
        List<Content> all = IntStream.rangeClosed(1, 520).mapToObj(i -> content(i, "P" + i, "/p/" + i)).toList();
        searchAnswers(all, 520);
        propertiesAnswer(all.stream().limit(500).map(page -> property(page, RECORD)).toList());

        ActivitySearch.Found found = new ConfluenceActivitySearch(cql, properties).find("the cql", 500);

        assertThat(found.hits()).hasSize(500);
        assertThat(found.total()).isEqualTo(520);
        assertThat(searches).extracting(PageRequest::getStart).containsExactly(0, 200, 400);
        assertThat(propertyPages).extracting(PageRequest::getStart).containsExactly(0, 100, 200, 300, 400);
        assertThat(found.hits()).allSatisfy(hit -> assertThat(hit.record()).isPresent());
    }

    @Test
    void asksForNoPropertiesWhenNothingMatched() {
        searchAnswers(List.of(), 0);

        ActivitySearch.Found found = new ConfluenceActivitySearch(cql, properties).find("the cql", 50);

        assertThat(found.hits()).isEmpty();
        assertThat(found.total()).isZero();
        verifyNoInteractions(properties);
    }
}
