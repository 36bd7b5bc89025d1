package org.activitylead.bench;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.renderer.PageContext;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import org.activitylead.confluence.ConfluencePageHandovers;
import org.activitylead.confluence.StorageHandover;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.testing.StorageFormat;

/**
 * ConfluencePageHandovers over plain in-memory host services, no mocks: every page id reads as a fresh page holding the
 * same stored body, the administrator may edit everything, the transaction just runs, and a saved version goes into
 * that fresh page only. So the stored body never changes and every handover does the whole work (read, check,
 * rewrite, new version), however often it is repeated. Storage is walked by the test suite's StorageFormat.
 */
public final class HandoverStandIn {

    /** The administrator the job acts as; the caller puts them on the thread, as the job does. */
    public static final ConfluenceUser ADMINISTRATOR = new Administrator();

    private final String storedBody;
    private final SavingPages pages = new SavingPages();
    private final ConfluencePageHandovers handovers;

    public HandoverStandIn(String storedBody, UserDirectory<?> users) {
        this.storedBody = storedBody;
        this.handovers = new ConfluencePageHandovers(pages, (user, permission, target) -> true, new JustRun(),
                new StorageHandover(new StorageFormat()), users, ConfluenceStandIn.englishTranslations());
    }

    public ConfluencePageHandovers handovers() {
        return handovers;
    }

    /** The body of the version saved last; null before the first. */
    public String lastSavedBody() {
        return pages.lastSaved;
    }

    /** The page manager: reads the stored body, keeps what a new version saved where nothing reads it again. */
    private final class SavingPages implements PageManager {
        private String lastSaved;

        @Override
        public AbstractPage getAbstractPage(long id) {
            return new StoredPage(id, storedBody);
        }

        @Override
        public <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification, SaveContext saveContext) {
            modification.modify(current);
            lastSaved = ((StoredPage) current).body;
        }
    }

    /** A page as read from the database. */
    private static final class StoredPage extends Page {
        private final long id;
        private String body;

        StoredPage(long id, String body) {
            this.id = id;
            this.body = body;
        }

        @Override
        public long getId() {
            return id;
        }

        @Override
        public String getTitle() {
            return "Page " + id;
        }

        @Override
        public String getBodyAsString() {
            return body;
        }

        @Override
        public void setBodyAsString(String content) {
            body = content;
        }

        @Override
        public void setVersionComment(String versionComment) {
            // A version comment is kept by the host with the version; nothing here reads it.
        }

        // Final in Confluence; the compile-only shim lets this stand-in answer it with an empty context.
        @Override
        public PageContext toPageContext() {
            return new PageContext();
        }
    }

    /** SAL's transaction template without a database: the work runs as it is. */
    private static final class JustRun implements TransactionTemplate {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return action.doInTransaction();
        }
    }

    private static final class Administrator implements ConfluenceUser {
        private static final long serialVersionUID = 1L;

        @Override
        public UserKey getKey() {
            return new UserKey("key-admin");
        }

        @Override
        public String getName() {
            return "admin";
        }

        @Override
        public String getFullName() {
            return "Administrator";
        }

        @Override
        public String getEmail() {
            return "admin@example.com";
        }
    }
}
