package org.activitylead.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserManager;
import org.activitylead.core.handover.HealthComposer;
import org.activitylead.core.handover.HealthView;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.report.ActivitySearch;

/**
 * "Activity Lead health" in Confluence's administration: who has left and which activities they still hold, and the
 * activities without an Activity Lead. Read only: search the records as the administrator, ask the core, render.
 */
public class HealthAdminAction extends AdminScreen {

    static final String SCREEN = "/admin/activity-lead/health.action";

    private final ActivitySearch search;
    private final UserDirectory<?> users;
    private final ConfluenceTranslations translations;
    private final ApplicationProperties applicationProperties;

    public HealthAdminAction(UserManager userManager, ActivitySearch search, UserDirectory<?> users,
                             ConfluenceTranslations translations, ApplicationProperties applicationProperties) {
        super(userManager);
        this.search = search;
        this.users = users;
        this.translations = translations;
        this.applicationProperties = applicationProperties;
    }

    /** The screen's view model, for the template: searched when the screen renders. */
    public HealthView view() {
        ConfluenceLinks links = ConfluenceLinks.below(applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        return new HealthComposer(search, users, translations.forViewer(), links, links, links).compose(links.recordingScreen());
    }
}
