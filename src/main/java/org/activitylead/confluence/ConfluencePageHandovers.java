package org.activitylead.confluence;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.handover.HandoverComment;
import org.activitylead.core.handover.PageHandovers;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.handover.PageRewrite;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one Confluence page over as the user on this thread (the administrator, or the job acting as them): read the
 * page as it is now, check that they may edit it, ask the core for the new body, and save it as one new version by
 * them with a version comment that says what changed, as an ordinary edit (watchers are notified). Read, check and
 * save happen in one transaction, so a page edited since the dry run is judged by its edited body, and a failed
 * save leaves the page as it was.
 */
@ConfluenceComponent
public class ConfluencePageHandovers implements PageHandovers {

    private static final Logger LOG = LoggerFactory.getLogger(ConfluencePageHandovers.class);

    private final PageManager pageManager;
    private final PermissionManager permissions;
    private final TransactionTemplate transactions;
    private final StorageHandover storage;
    private final UserDirectory<?> directory;
    private final ConfluenceTranslations translations;

    public ConfluencePageHandovers(@ConfluenceImport PageManager pageManager, @ConfluenceImport PermissionManager permissions,
                                   @ConfluenceImport TransactionTemplate transactions, StorageHandover storage,
                                   UserDirectory<?> directory, ConfluenceTranslations translations) {
        this.pageManager = pageManager;
        this.permissions = permissions;
        this.transactions = transactions;
        this.storage = storage;
        this.directory = directory;
        this.translations = translations;
    }

    @Override
    public PageResult handOver(long pageId, Handover handover, boolean write) {
        try {
            return transactions.execute(() -> inTransaction(pageId, handover, write));
        } catch (NotSaved e) {
            return PageResult.left(pageId, e.title, PageOutcome.NOT_SAVED);
        } catch (RuntimeException e) {
            LOG.warn("Activity Lead could not hand over page {}", pageId, e);
            return PageResult.left(pageId, "", PageOutcome.NOT_SAVED);
        }
    }

    private PageResult inTransaction(long pageId, Handover handover, boolean write) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null) {
            return PageResult.left(pageId, "", PageOutcome.GONE);
        }
        String title = page.getTitle() == null ? "" : page.getTitle();
        ConfluenceUser actor = AuthenticatedUserThreadLocal.get();
        if (actor == null || !permissions.hasPermission(actor, Permission.EDIT, page)) {
            return PageResult.left(pageId, title, PageOutcome.NOT_EDITABLE);
        }
        PageRewrite rewrite = storage.rewrite(page, handover, new People(directory));
        if (rewrite instanceof PageRewrite.Left left) {
            return PageResult.left(pageId, title, left.reason());
        }
        PageRewrite.Rewritten rewritten = (PageRewrite.Rewritten) rewrite;
        if (write) {
            save(page, rewritten, HandoverComment.of(handover, rewritten.roles(), new Texts(translations.forUser(actor.getKey()))), title);
        }
        return PageResult.changed(pageId, title, rewritten.roles());
    }

    private void save(AbstractPage page, PageRewrite.Rewritten rewritten, String comment, String title) {
        try {
            pageManager.saveNewVersion(page, current -> {
                current.setBodyAsString(rewritten.body());
                current.setVersionComment(comment);
            }, DefaultSaveContext.DEFAULT);
        } catch (RuntimeException e) {
            LOG.warn("Confluence refused the new version of page {}", page.getId(), e);
            // Thrown on, so that the transaction is rolled back: nothing of the page is half-written.
            throw new NotSaved(title, e);
        }
    }

    private static final class NotSaved extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String title;

        NotSaved(String title, Throwable cause) {
            super(null, cause, false, false);
            this.title = title;
        }
    }
}
