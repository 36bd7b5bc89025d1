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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.activitylead.core.handover.HandoverProblem;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.handover.HandoverViewFactory;
import org.activitylead.core.handover.HandoverWording;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
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
    private final DriHandoverJob job;
    private final DriHandoverSettings ledger;
    private final JiraDriDirectory users;
    private final JiraTranslations translations;
    private final ApplicationProperties applicationProperties;
    private final List<String> errorKeys = new ArrayList<>();
    private String leaver = "";
    private String successor = "";
    private String successorKey = "";
    private List<String> roles = List.of();

    public DriHandoverAction(@JiraImport JiraAuthenticationContext authentication, @JiraImport("salUserManager") UserManager userManager,
                             @JiraImport PermissionManager permissions, DriHandoverJob job, DriHandoverSettings ledger, JiraDriDirectory users,
                             JiraTranslations translations, @JiraImport ApplicationProperties applicationProperties) {
        this.admins = new JiraAdmins(authentication, userManager, permissions);
        this.job = job;
        this.ledger = ledger;
        this.users = users;
        this.translations = translations;
        this.applicationProperties = applicationProperties;
    }

    /** The leaver's user key, from the health screen's link or a form. */
    public void setLeaver(String leaver) {
        this.leaver = leaver == null ? "" : leaver;
    }

    /** The role's fixed name, "lead" (the DRI), as its checkbox posts it; anything else is ignored, never looked up. */
    public void setRoles(String[] roles) {
        this.roles = roles == null ? List.of() : List.of(roles);
    }

    /** The successor's username, as picked or typed for the dry run. */
    public void setSuccessor(String successor) {
        this.successor = successor == null ? "" : successor;
    }

    /** The successor's user key, as the confirmation of a dry run posts it back. */
    public void setSuccessorKey(String successorKey) {
        this.successorKey = successorKey == null ? "" : successorKey;
    }

    @Override
    @SupportedMethods(RequestMethod.GET)
    protected String doExecute() {
        return admins.current().isPresent() ? SUCCESS : PERMISSION_VIOLATION_RESULT;
    }

    /** Starts the dry run over the leaver's issues in the administrator's scope; then shows the screen (a redirect). */
    @RequiresXsrfCheck
    @SupportedMethods(RequestMethod.POST)
    public String doDryRun() {
        return asAdmin(admin -> {
            Optional<Person> found = successor.isBlank() ? Optional.empty() : find(successor);
            if (found.isEmpty()) {
                return refused(successor.isBlank() ? "activity-lead.handover.error.successor-missing" : HandoverProblem.SUCCESSOR_UNKNOWN.messageKey());
            }
            return started(request(found.get().key()).map(asked -> job.dryRun(asked, admin.key(),
                    admin.jiraAdministrator() ? Optional.empty() : Optional.of(admin.scope().projectIds()))));
        });
    }

    /** Starts the reassignment that a finished dry run of exactly this request showed. */
    @RequiresXsrfCheck
    @SupportedMethods(RequestMethod.POST)
    public String doReassign() {
        return asAdmin(admin -> ownJob(admin) ? started(request(successorKey).map(asked -> job.reassign(asked, admin.key())))
                : refused("activity-lead.dri-handover.error.not-yours"));
    }

    @RequiresXsrfCheck
    @SupportedMethods(RequestMethod.POST)
    public String doStop() {
        return asAdmin(admin -> {
            if (!ownJob(admin)) {
                return refused("activity-lead.dri-handover.error.not-yours");
            }
            job.stop();
            return getRedirect(DriHandoverLinks.SCREEN_NAME);
        });
    }

    @RequiresXsrfCheck
    @SupportedMethods(RequestMethod.POST)
    public String doResume() {
        return asAdmin(admin -> ownJob(admin) ? started(Optional.of(job.resume(admin.key()))) : refused("activity-lead.dri-handover.error.not-yours"));
    }

    /** Jira's "not permitted" page for anyone who may not use the screen; the command for everyone else. */
    private String asAdmin(Function<JiraAdmins.Admin, String> command) {
        return admins.current().map(command).orElse(PERMISSION_VIOLATION_RESULT);
    }

    /** A Jira administrator may change any job; a project administrator only one they started, over their projects. */
    private boolean ownJob(JiraAdmins.Admin admin) {
        HandoverProgress progress = ledger.progress();
        return admin.jiraAdministrator() || progress.state() == HandoverState.NOT_STARTED || progress.startedBy().equals(admin.key());
    }

    /** The DRI handover the parameters ask for, checked against the users as they are now; empty (with a message) when it cannot be. */
    private Optional<HandoverRequest> request(String successorKeyNow) {
        HandoverRequest.Asked asked = HandoverRequest.ask(leaver, HandoverWording.ISSUES.chosen(roles), successorKeyNow, users);
        if (asked instanceof HandoverRequest.Asked.Refused refused) {
            refused(refused.messageKey());
            return Optional.empty();
        }
        return Optional.of(((HandoverRequest.Asked.Valid) asked).request());
    }

    private String started(Optional<HandoverJobs.Start> start) {
        return start.map(done -> done.refusalKey().map(this::refused).orElseGet(() -> getRedirect(DriHandoverLinks.SCREEN_NAME))).orElse(ERROR);
    }

    private String refused(String key) {
        if (!errorKeys.contains(key)) {
            errorKeys.add(key);
        }
        return ERROR;
    }

    private Optional<Person> find(String reference) {
        try {
            return UserRef.parse(reference).flatMap(users::find).map(user -> user.person());
        } catch (UserRef.InvalidUserRef e) {
            return Optional.empty();
        }
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
        Optional<JiraAdmins.Admin> admin = admins.current();
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        HandoverProgress progress = ledger.progress();
        Optional<HandoverRequest> request = progress.request();
        People people = new People(users);
        Optional<Person> jobLeaver = request.map(asked -> people.person(new UserRef(asked.leaverKey())));
        Optional<Person> chosen = leaver.isBlank() ? jobLeaver : chosen(people);
        boolean results = !progress.running() && admin.filter(this::ownJob).isPresent();
        HandoverViewFactory.Job shown = new HandoverViewFactory.Job(progress, jobLeaver,
                request.map(asked -> people.person(new UserRef(asked.successorKey()))),
                results ? ledger.allResults((progress.done() + HandoverRun.BATCH - 1) / HandoverRun.BATCH) : List.of(),
                ledger.stopRequested());
        return new HandoverViewFactory(translations.translator(), JiraLinks.below(base), DriHandoverLinks.below(base), ZoneId.systemDefault(),
                HandoverWording.ISSUES).view(chosen, shown, errorKeys);
    }

    /** The leaver the link or form named; none for a parameter that is no user reference (never shown as text). */
    private Optional<Person> chosen(People people) {
        try {
            return UserRef.parse(leaver).map(people::person);
        } catch (UserRef.InvalidUserRef e) {
            errorKeys.add("activity-lead.handover.error.person-invalid");
            return Optional.empty();
        }
    }
}
