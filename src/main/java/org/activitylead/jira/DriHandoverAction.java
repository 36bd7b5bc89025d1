package org.activitylead.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.handover.HandoverWording;
import org.activitylead.core.people.Html;
import org.activitylead.host.HandoverForm;
import org.activitylead.host.HandoverJobs;

/**
 * Reassigning a leaver's DRI, in Jira's administration: the successor, the dry run, its confirmation, the job's
 * progress and its result. For Jira administrators over every project, and project administrators over the projects
 * they administer, checked on the server on every request, under the secure administrator session (WebSudo). Every
 * state-changing command accepts only POST ({@link SupportedMethods}) with Jira's anti-forgery token, both checked by
 * Jira before the command runs ({@link RequiresXsrfCheck}); a project administrator may confirm, stop or resume only a job they started. Request
 * parameters are read only through the setters below, each checked before use and never echoed.
 */
@WebSudoRequired
public class DriHandoverAction extends JiraWebActionSupport {

    static final String SUCCESS = "success";
    static final String ERROR = "error";

    private final JiraAdmins admins;
    private final JiraTranslations translations;
    private final ApplicationProperties applicationProperties;
    private final HandoverForm form;
    private Optional<JiraAdmins.Admin> admin;

    public DriHandoverAction(@JiraImport JiraAuthenticationContext authentication, @JiraImport("salUserManager") UserManager userManager,
                             @JiraImport PermissionManager permissions, DriHandoverJob job, DriHandoverSettings ledger, JiraDriDirectory users,
                             JiraTranslations translations, @JiraImport ApplicationProperties applicationProperties) {
        this.admins = new JiraAdmins(authentication, userManager, permissions);
        this.translations = translations;
        this.applicationProperties = applicationProperties;
        this.form = new HandoverForm(new HandoverForm.Job() {
            @Override
            public HandoverJobs.Start dryRun(HandoverRequest request, String administratorKey) {
                // Only the projects a project administrator administers; every project for a Jira administrator.
                Optional<JiraAdmins.Admin> admin = admin();
                Optional<Set<Long>> projects = admin.filter(known -> !known.jiraAdministrator()).map(known -> known.scope().projectIds());
                return job.dryRun(request, administratorKey, projects);
            }

            @Override
            public HandoverJobs.Start reassign(HandoverRequest request, String administratorKey) {
                return job.reassign(request, administratorKey);
            }

            @Override
            public HandoverJobs.Start resume(String administratorKey) {
                return job.resume(administratorKey);
            }

            @Override
            public void stop() {
                job.stop();
            }
        }, ledger, users, HandoverWording.ISSUES);
    }

    /** The leaver's user key, from the health screen's link or a form. */
    public void setLeaver(String leaver) {
        form.setLeaver(leaver);
    }

    /** The role's fixed name, "lead" (the DRI), as its checkbox posts it; anything else is ignored, never looked up. */
    public void setRoles(String[] roles) {
        form.setRoles(roles);
    }

    /** The successor's username, as picked or typed for the dry run. */
    public void setSuccessor(String successor) {
        form.setSuccessor(successor);
    }

    /** The successor's user key, as the confirmation of a dry run posts it back. */
    public void setSuccessorKey(String successorKey) {
        form.setSuccessorKey(successorKey);
    }

    @Override
    @SupportedMethods(RequestMethod.GET)
    protected String doExecute() {
        return admin().isPresent() ? SUCCESS : PERMISSION_VIOLATION_RESULT;
    }

    /** Starts the dry run over the leaver's issues in the administrator's scope; then shows the screen (a redirect). */
    @RequiresXsrfCheck
    @SupportedMethods(RequestMethod.POST)
    public String doDryRun() {
        return asAdmin(form::dryRun);
    }

    /** Starts the reassignment that a finished dry run of exactly this request showed. */
    @RequiresXsrfCheck
    @SupportedMethods(RequestMethod.POST)
    public String doReassign() {
        return asAdmin(form::reassign);
    }

    @RequiresXsrfCheck
    @SupportedMethods(RequestMethod.POST)
    public String doStop() {
        return asAdmin(form::stop);
    }

    @RequiresXsrfCheck
    @SupportedMethods(RequestMethod.POST)
    public String doResume() {
        return asAdmin(form::resume);
    }

    /**
     * Jira's "not permitted" page for anyone who may not use the screen; for everyone else the command, then the
     * screen again: a redirect when it worked, so a reload posts nothing, or the screen with its message.
     */
    private String asAdmin(Predicate<HandoverForm.Administrator> command) {
        return admin().map(admin -> command.test(administrator(admin)) ? getRedirect(DriHandoverLinks.SCREEN_NAME) : ERROR)
                .orElse(PERMISSION_VIOLATION_RESULT);
    }

    /** Who uses the screen, asked of Jira once per request (webwork builds an action for each request). */
    private Optional<JiraAdmins.Admin> admin() {
        if (admin == null) {
            admin = admins.current();
        }
        return admin;
    }

    private static HandoverForm.Administrator administrator(JiraAdmins.Admin admin) {
        return new HandoverForm.Administrator(admin.key(), admin.jiraAdministrator());
    }

    /** Jira's anti-forgery token for this session, for the screen's forms. */
    public String xsrfTokenHtml() {
        return Html.encode(getXsrfToken());
    }

    /**
     * The screen's view model, for the template: read from the database when the screen renders. A project
     * administrator sees another administrator's job, but not its issues, which may be in projects they cannot see.
     */
    public HandoverView view() {
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        HandoverForm.Administrator viewer = admin().map(DriHandoverAction::administrator)
                .orElse(new HandoverForm.Administrator("", false));
        return form.view(viewer, false, translations.translator(), JiraLinks.below(base), DriHandoverLinks.below(base));
    }
}
