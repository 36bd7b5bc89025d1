package org.activitylead.confluence;

import com.atlassian.confluence.core.ConfluenceActionSupport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.handover.HandoverWording;
import org.activitylead.core.handover.HealthScope;
import org.activitylead.core.report.SpaceKey;
import org.activitylead.host.HandoverForm;
import org.apache.struts2.interceptor.parameter.StrutsParameter;

/**
 * Reassigning a leaver's roles in one space, from its space tools: the same screen as {@link HandoverAdminAction}, its
 * dry run limited to the space's pages, for the space's administrators and for Confluence administrators
 * ({@link ConfluenceSpaceAdmins}, asked before every method through {@link #isPermitted()} and by each method again).
 * A space administrator may confirm, stop or resume only a job they started, and sees only its pages. Every form posts
 * with Confluence's anti-forgery token and POST only (atlassian-plugin.xml). Not under /admin, so no secure
 * administrator session is asked for, as for Confluence's own space tools. The space key is read only through
 * {@link #setKey}, checked against {@link SpaceKey}'s closed set and never echoed.
 */
public class SpaceHandoverAction extends ConfluenceActionSupport {

    static final String SCREEN = "/plugins/activity-lead/space-reassign.action";
    static final String DRY_RUN = "/plugins/activity-lead/space-dry-run-reassign.action";
    static final String REASSIGN = "/plugins/activity-lead/space-start-reassign.action";
    static final String STOP = "/plugins/activity-lead/space-stop-reassign.action";
    static final String RESUME = "/plugins/activity-lead/space-resume-reassign.action";

    private final ConfluenceSpaceAdmins spaceAdmins;
    private final UserManager userManager;
    private final ConfluenceTranslations translations;
    private final ApplicationProperties applicationProperties;
    private String key = "";
    private final HandoverForm form;
    private String scopeKey = "";
    private Optional<HealthScope> scope;

    public SpaceHandoverAction(ConfluenceSpaceAdmins spaceAdmins, HandoverJob job, HandoverSettings ledger, ConfluenceUserDirectory users,
                               UserManager userManager, ConfluenceTranslations translations, ApplicationProperties applicationProperties) {
        this.spaceAdmins = spaceAdmins;
        this.userManager = userManager;
        this.translations = translations;
        this.applicationProperties = applicationProperties;
        this.form = new HandoverForm(new HandoverScreenJob(job, this::space), ledger, users, HandoverWording.PAGES);
    }

    /** The space's key, as the space tools' screens pass it ("key", like Confluence's own space actions). */
    @StrutsParameter
    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    /**
     * The checked key, URL-encoded (a personal space's "~name" may hold "+" or "@"), for the redirect after a form
     * (atlassian-plugin.xml); empty for a key outside the closed set.
     */
    public String getKeyInUrl() {
        return SpaceKey.parse(key).map(valid -> URLEncoder.encode(valid.value(), StandardCharsets.UTF_8)).orElse("");
    }

    @StrutsParameter
    public void setLeaver(String leaver) {
        form.setLeaver(leaver);
    }

    @StrutsParameter
    public void setRoles(String[] roles) {
        form.setRoles(roles);
    }

    @StrutsParameter
    public void setSuccessor(String successor) {
        form.setSuccessor(successor);
    }

    @StrutsParameter
    public void setSuccessorKey(String successorKey) {
        form.setSuccessorKey(successorKey);
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

    public String dryRun() {
        return inScope(form::dryRun);
    }

    public String reassign() {
        return inScope(form::reassign);
    }

    public String stop() {
        return inScope(form::stop);
    }

    public String resume() {
        return inScope(form::resume);
    }

    /** Confluence's "not permitted" page for anyone who may not use the screen; the command for everyone else. */
    private String inScope(Predicate<HandoverForm.Administrator> command) {
        Optional<HealthScope> scope = scope();
        if (scope.isEmpty()) {
            return AdminScreen.NOT_PERMITTED;
        }
        return command.test(administrator(scope.get())) ? AdminScreen.SUCCESS : AdminScreen.ERROR;
    }

    private HandoverForm.Administrator administrator(HealthScope scope) {
        return new HandoverForm.Administrator(userManager.getRemoteUserKey().getStringValue(), scope.siteAdministrator());
    }

    /** The screen's view model, for the template: read from the database when the screen renders. */
    public HandoverView view() {
        HealthScope scope = scope().orElseThrow(() -> new IllegalStateException("not permitted"));
        ConfluenceLinks links = ConfluenceLinks.below(applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        return form.view(administrator(scope), hasActionErrors(), translations.forViewer(), links,
                new SpaceHandoverLinks(links, scope.space().orElseThrow()));
    }

    /**
     * The user's scope on this space; empty for a key outside the closed set, no such space, or no permission. Asked of
     * Confluence once per request and key (Struts builds an action for each request, and sets the key before it asks).
     */
    private Optional<HealthScope> scope() {
        if (scope == null || !scopeKey.equals(key)) {
            scopeKey = key;
            scope = SpaceKey.parse(key).flatMap(spaceAdmins::healthScope);
        }
        return scope;
    }

    /** Never the whole site: a dry run started here without this space in scope fails instead. */
    private Optional<SpaceKey> space() {
        return Optional.of(scope().flatMap(HealthScope::space).orElseThrow(() -> new IllegalStateException("not permitted")));
    }
}
