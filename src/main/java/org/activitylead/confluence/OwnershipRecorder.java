package org.activitylead.confluence;

import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostMovedEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import org.activitylead.core.backfill.PageRecorder;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.record.PageRecording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Records a page's ownership whenever Confluence saves the page: created, edited (also a minor edit and a restored
 * version), restored from the trash, or moved; the same for blog posts. Read the panels, ask the core, store the
 * record. A page whose body, before and after the save, does not name the macro costs one string search and nothing
 * else (no parse, no lookup), so pages without the app stay as fast as before. A page is never blocked by it: a
 * failure is logged and the page is recorded again on its next save or by the admin's recording job.
 */
@ConfluenceComponent
public class OwnershipRecorder implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(OwnershipRecorder.class);

    private final EventPublisher eventPublisher;
    private final PagePanels panels;
    private final OwnershipProperty property;
    private final UserDirectory<?> directory;

    public OwnershipRecorder(@ConfluenceImport EventPublisher eventPublisher, PagePanels panels, OwnershipProperty property,
                             UserDirectory<?> directory) {
        this.eventPublisher = eventPublisher;
        this.panels = panels;
        this.property = property;
        this.directory = directory;
    }

    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    /** When the app is disabled or upgraded, the old listener must stop hearing events. */
    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        recordIfPanelled(event.getPage());
    }

    /** The version before the edit tells whether a panel was just removed. */
    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        recordAfterEdit(event.getPage(), event.getOriginalPage());
    }

    @EventListener
    public void onPageRestored(PageRestoreEvent event) {
        recordIfPanelled(event.getPage());
    }

    @EventListener
    public void onPageMoved(PageMoveEvent event) {
        recordIfPanelled(event.getPage());
    }

    @EventListener
    public void onBlogPostCreated(BlogPostCreateEvent event) {
        recordIfPanelled(event.getBlogPost());
    }

    @EventListener
    public void onBlogPostUpdated(BlogPostUpdateEvent event) {
        recordAfterEdit(event.getBlogPost(), event.getOriginalBlogPost());
    }

    @EventListener
    public void onBlogPostRestored(BlogPostRestoreEvent event) {
        recordIfPanelled(event.getBlogPost());
    }

    @EventListener
    public void onBlogPostMoved(BlogPostMovedEvent event) {
        recordIfPanelled(event.getBlogPost());
    }

    private void recordIfPanelled(AbstractPage page) {
        if (page != null && PagePanels.mayHold(page)) {
            record(page);
        }
    }

    /** Records an edited page when it or its version before the edit may hold a panel, or when that version is unknown. */
    private void recordAfterEdit(AbstractPage page, AbstractPage before) {
        if (page != null && (before == null || PagePanels.mayHold(page) || PagePanels.mayHold(before))) {
            record(page);
        }
    }

    /** Records one page, as the current user; a page that could not be read or written is logged, never thrown. */
    PageRecorder.Outcome record(AbstractPage page) {
        if (page == null) {
            return PageRecorder.Outcome.FAILED;
        }
        try {
            return property.write(page.getId(), PageRecording.of(panels.of(page), directory), page.getVersion()) ? PageRecorder.Outcome.WRITTEN
                    : PageRecorder.Outcome.UNCHANGED;
        } catch (XhtmlException | RuntimeException e) {
            // RuntimeException covers the ServiceException of a refused write (no edit permission, a conflict).
            LOG.warn("The Activity Lead record of page {} could not be written; it is written again on the next save", page.getId(), e);
            return PageRecorder.Outcome.FAILED;
        }
    }
}
