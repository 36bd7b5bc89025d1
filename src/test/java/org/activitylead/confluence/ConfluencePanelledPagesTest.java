package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.search.SearchPageResponse;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import java.util.List;
import org.activitylead.core.backfill.PanelledPages;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ConfluencePanelledPagesTest {

    private final CQLSearchService search = mock(CQLSearchService.class);
    private final ConfluencePanelledPages pages = new ConfluencePanelledPages(search);

    private static Content content(long id) {
        ContentId contentId = mock(ContentId.class);
        when(contentId.asLong()).thenReturn(id);
        Content content = mock(Content.class);
        when(content.getId()).thenReturn(contentId);
        return content;
    }

    @Test
    void findsPagesAndBlogPostsHoldingThePanelInIdOrder() {
        @SuppressWarnings("unchecked")
        SearchPageResponse<Content> found = mock(SearchPageResponse.class);
        List<Content> results = List.of(content(10), content(42));
        when(found.getResults()).thenReturn(results);
        when(found.totalSize()).thenReturn(77);
        when(search.searchContent(eq(ConfluencePanelledPages.CQL), any(PageRequest.class))).thenReturn(found);

        PanelledPages.Found batch = pages.find(25, 50);

        assertThat(batch.ids()).containsExactly(10L, 42L);
        assertThat(batch.total()).isEqualTo(77);
        ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
        org.mockito.Mockito.verify(search).searchContent(eq(ConfluencePanelledPages.CQL), request.capture());
        assertThat(request.getValue().getStart()).isEqualTo(25);
        assertThat(request.getValue().getLimit()).isEqualTo(50);
        assertThat(ConfluencePanelledPages.CQL).isEqualTo("type in (page, blogpost) and macro = \"activity-lead-status\" order by id asc");
    }

    @Test
    void aFailedSearchIsASearchFailureNotAnEmptySite() {
        when(search.searchContent(any(), any(PageRequest.class))).thenThrow(new IllegalStateException("index unavailable"));

        assertThatThrownBy(() -> pages.find(0, 25)).isInstanceOf(PanelledPages.SearchFailed.class);
    }
}
