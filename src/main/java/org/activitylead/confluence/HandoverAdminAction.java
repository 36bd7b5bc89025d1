package org.activitylead.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.handover.HandoverWording;
import org.activitylead.host.HandoverForm;
import org.apache.struts2.interceptor.parameter.StrutsParameter;

/**
 * Reassigning a leaver's roles, in Confluence's administration: the choice of roles and successor, the dry run, its
 * confirmation, the job's progress and its result. For administrators in the secure administrator session
 * ({@link AdminScreen}); every form posts with Confluence's anti-forgery token, which Confluence checks before these
 * methods run (atlassian-plugin.xml), and every method checks on the server that the user is an administrator.
 * Request parameters are read only through the annotated setters below, each checked before use and never echoed.
 */
public class HandoverAdminAction extends AdminScreen {

    static final String SCREEN = "/admin/activity-lead/reassign.action";
    static final String DRY_RUN = "/admin/activity-lead/dry-run-reassign.action";
    static final String REASSIGN = "/admin/activity-lead/start-reassign.action";
    static final String STOP = "/admin/activity-lead/stop-reassign.action";
    static final String RESUME = "/admin/activity-lead/resume-reassign.action";

    private final ConfluenceTranslations translations;
    private final ApplicationProperties applicationProperties;
    private final HandoverForm form;

    public HandoverAdminAction(HandoverJob job, HandoverSettings ledger, UserManager userManager, ConfluenceUserDirectory users,
                               ConfluenceTranslations translations, ApplicationProperties applicationProperties) {
        super(userManager);
        this.translations = translations;
        this.applicationProperties = applicationProperties;
        this.form = new HandoverForm(new HandoverScreenJob(job, Optional::empty), ledger, users, HandoverWording.PAGES);
    }

    /** The leaver's user key, from the health screen's link or a form. */
    @StrutsParameter
    public void setLeaver(String leaver) {
        form.setLeaver(leaver);
    }

    /** The roles' fixed names (lead, pm, owner, reviewer), one parameter per checked box. */
    @StrutsParameter
    public void setRoles(String[] roles) {
        form.setRoles(roles);
    }

    /** The successor's username, as picked or typed for the dry run. */
    @StrutsParameter
    public void setSuccessor(String successor) {
        form.setSuccessor(successor);
    }

    /** The successor's user key, as the confirmation of a dry run posts it back. */
    @StrutsParameter
    public void setSuccessorKey(String successorKey) {
        form.setSuccessorKey(successorKey);
    }

    /** Starts the dry run of the chosen handover, then shows the screen again (a redirect, so a reload posts nothing). */
    public String dryRun() {
        return ifPermitted(() -> form.dryRun(administratorHere()) ? SUCCESS : ERROR);
    }

    /** Starts the reassignment that a finished dry run of exactly this request showed. */
    public String reassign() {
        return ifPermitted(() -> form.reassign(administratorHere()) ? SUCCESS : ERROR);
    }

    public String stop() {
        return ifPermitted(() -> form.stop(administratorHere()) ? SUCCESS : ERROR);
    }

    public String resume() {
        return ifPermitted(() -> form.resume(administratorHere()) ? SUCCESS : ERROR);
    }

    /** A Confluence administrator, who may change any job. */
    private HandoverForm.Administrator administratorHere() {
        return new HandoverForm.Administrator(administrator().getStringValue(), true);
    }

    /** The screen's view model, for the template: read from the database when the screen renders. */
    public HandoverView view() {
        ConfluenceLinks links = ConfluenceLinks.below(applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        String viewer = isPermitted() ? administrator().getStringValue() : "";
        return form.view(new HandoverForm.Administrator(viewer, isPermitted()), hasActionErrors(), translations.forViewer(), links, links);
    }
}
