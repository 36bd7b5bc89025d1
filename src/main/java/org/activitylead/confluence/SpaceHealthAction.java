package org.activitylead.confluence;

import com.atlassian.confluence.core.ConfluenceActionSupport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.Optional;
import org.activitylead.core.handover.HealthComposer;
import org.activitylead.core.handover.HealthScope;
import org.activitylead.core.handover.HealthView;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.SpaceKey;
import org.apache.struts2.interceptor.parameter.StrutsParameter;

/**
 * "Activity Lead health" for one space, from its space tools: the same screen as {@link HealthAdminAction}, limited to
 * that space, for its space administrators and for Confluence administrators ({@link ConfluenceSpaceAdmins}, asked
 * before every method through {@link #isPermitted()} and by each method again). Read only. The space key is read only
 * through {@link #setKey}, checked against the closed set of {@link SpaceKey} and never echoed: a key outside it, or a
 * space the user does not administer, gets Confluence's "not permitted" page. Not under /admin, so no secure
 * administrator session is asked for, as for Confluence's own space tools.
 */
public class SpaceHealthAction extends ConfluenceActionSupport {

    static final String SCREEN = "/plugins/activity-lead/space-health.action";

    private final ConfluenceSpaceAdmins spaceAdmins;
    private final ActivitySearch search;
    private final UserDirectory<?> users;
    private final ConfluenceTranslations translations;
    private final ApplicationProperties applicationProperties;
    private String key = "";

    public SpaceHealthAction(ConfluenceSpaceAdmins spaceAdmins, ActivitySearch search, UserDirectory<?> users,
                             ConfluenceTranslations translations, ApplicationProperties applicationProperties) {
        this.spaceAdmins = spaceAdmins;
        this.search = search;
        this.users = users;
        this.translations = translations;
        this.applicationProperties = applicationProperties;
    }

    /** The space's key, as Confluence's space tools link passes it ("key", like its own space actions). */
    @StrutsParameter
    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    /** The signed-in user administers this existing space, or is a Confluence administrator. */
    @Override
    public boolean isPermitted() {
        return scope().isPresent();
    }

    @Override
    public String execute() {
        return isPermitted() ? AdminScreen.SUCCESS : AdminScreen.NOT_PERMITTED;
    }

    /** The screen's view model, for the template: searched in this space when the screen renders. */
    public HealthView view() {
        HealthScope scope = scope().orElseThrow(() -> new IllegalStateException("not permitted"));
        ConfluenceLinks links = ConfluenceLinks.below(applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        // Reassigning from here is limited to the space, for its administrators too.
        SpaceHandoverLinks handovers = new SpaceHandoverLinks(links, scope.space().orElseThrow());
        return new HealthComposer(search, users, translations.forViewer(), links, links, handovers).compose(scope, links.recordingScreen());
    }

    private Optional<HealthScope> scope() {
        return SpaceKey.parse(key).flatMap(spaceAdmins::healthScope);
    }
}
