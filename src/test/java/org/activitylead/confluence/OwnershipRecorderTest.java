package org.activitylead.confluence;

import static org.activitylead.confluence.PagePanelsTest.macro;
import static org.activitylead.confluence.PagePanelsTest.page;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.xhtml.api.MacroDefinitionHandler;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.event.api.EventPublisher;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.backfill.PageRecorder;
import org.activitylead.core.record.RecordJson;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class OwnershipRecorderTest {

    private static final String PANELLED = "<ac:structured-macro ac:name=\"activity-lead-status\"/>";

    private final EventPublisher events = mock(EventPublisher.class);
    private final XhtmlContent xhtml = mock(XhtmlContent.class);
    private final OwnershipProperty property = mock(OwnershipProperty.class);
    private final FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice"));
    private final OwnershipRecorder recorder = new OwnershipRecorder(events, new PagePanels(xhtml), property, directory);

    private void panel(Map<String, String> parameters) throws Exception {
        doAnswer(call -> {
            call.<MacroDefinitionHandler>getArgument(2).handle(macro("activity-lead-status", parameters));
            return null;
        }).when(xhtml).handleMacroDefinitions(any(), any(), any());
    }

    @Test
    void listensFromStartUntilTheAppIsDisabled() {
        recorder.afterPropertiesSet();
        recorder.destroy();

        verify(events).register(recorder);
        verify(events).unregister(recorder);
    }

    @Test
    void recordsTheFirstPanelOfASavedPage() throws Exception {
        panel(Map.of("activityLead", "alice"));
        PageCreateEvent created = mock(PageCreateEvent.class);
        Page page = page(PANELLED);
        when(created.getPage()).thenReturn(page);

        recorder.onPageCreated(created);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Optional<String>> json = ArgumentCaptor.forClass(Optional.class);
        verify(property).write(eq(4242L), json.capture(), anyInt());
        assertThat(RecordJson.read(json.getValue().orElseThrow()).orElseThrow().lead()).isPresent();
    }

    @Test
    void costsOneStringSearchOnAPageThatNeverHadAPanel() {
        PageUpdateEvent updated = mock(PageUpdateEvent.class);
        Page page = page("<p>Minutes</p>");
        Page before = page("<p>Minute</p>");
        when(updated.getPage()).thenReturn(page);
        when(updated.getOriginalPage()).thenReturn(before);

        recorder.onPageUpdated(updated);

        verifyNoInteractions(xhtml, property);
        assertThat(directory.lookups()).isEmpty();
    }

    @Test
    void removesTheRecordWhenAnEditRemovesThePanel() throws Exception {
        BlogPostUpdateEvent updated = mock(BlogPostUpdateEvent.class);
        BlogPost post = mock(BlogPost.class);
        when(post.getBodyAsString()).thenReturn("<p>No panel now</p>");
        when(post.getId()).thenReturn(7L);
        BlogPost before = mock(BlogPost.class);
        when(before.getBodyAsString()).thenReturn(PANELLED);
        when(updated.getBlogPost()).thenReturn(post);
        when(updated.getOriginalBlogPost()).thenReturn(before);

        recorder.onBlogPostUpdated(updated);

        verify(property).write(eq(7L), eq(Optional.empty()), anyInt());
    }

    @Test
    void neverFailsTheSaveWhenTheHostRefusesTheWrite() throws Exception {
        panel(Map.of("activityLead", "alice"));
        doThrow(new IllegalStateException("no edit permission")).when(property).write(anyLong(), any(), anyInt());

        assertThat(recorder.record(page(PANELLED))).isEqualTo(PageRecorder.Outcome.FAILED);
        assertThat(recorder.record(null)).isEqualTo(PageRecorder.Outcome.FAILED);
    }

    @Test
    void tellsWhetherItWroteTheRecordOrFoundItRight() throws Exception {
        panel(Map.of("activityLead", "alice"));
        when(property.write(anyLong(), any(), anyInt())).thenReturn(true).thenReturn(false);

        assertThat(recorder.record(page(PANELLED))).isEqualTo(PageRecorder.Outcome.WRITTEN);
        assertThat(recorder.record(page(PANELLED))).isEqualTo(PageRecorder.Outcome.UNCHANGED);
    }
}
