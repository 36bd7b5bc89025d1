package org.activitylead.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activitylead.core.handover.HandoverProblem;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.handover.HandoverViewFactory;
import org.activitylead.core.handover.HandoverWording;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.apache.struts2.interceptor.parameter.StrutsParameter;
import org.activitylead.host.HandoverJobs;

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

    private final HandoverJob job;
    private final HandoverSettings ledger;
    private final ConfluenceUserDirectory users;
    private final ConfluenceTranslations translations;
    private final ApplicationProperties applicationProperties;
    private final List<String> errorKeys = new ArrayList<>();
    private String leaver = "";
    private String successor = "";
    private String successorKey = "";
    private List<String> roles = List.of();

    public HandoverAdminAction(HandoverJob job, HandoverSettings ledger, UserManager userManager, ConfluenceUserDirectory users,
                               ConfluenceTranslations translations, ApplicationProperties applicationProperties) {
        super(userManager);
        this.job = job;
        this.ledger = ledger;
        this.users = users;
        this.translations = translations;
        this.applicationProperties = applicationProperties;
    }

    /** The leaver's user key, from the health screen's link or a form. */
    @StrutsParameter
    public void setLeaver(String leaver) {
        this.leaver = leaver == null ? "" : leaver;
    }

    /** The roles' fixed names (lead, pm, owner, reviewer), one parameter per checked box. */
    @StrutsParameter
    public void setRoles(String[] roles) {
        this.roles = roles == null ? List.of() : List.of(roles);
    }

    /** The successor's username, as picked or typed for the dry run. */
    @StrutsParameter
    public void setSuccessor(String successor) {
        this.successor = successor == null ? "" : successor;
    }

    /** The successor's user key, as the confirmation of a dry run posts it back. */
    @StrutsParameter
    public void setSuccessorKey(String successorKey) {
        this.successorKey = successorKey == null ? "" : successorKey;
    }

    /** Starts the dry run of the chosen handover, then shows the screen again (a redirect, so a reload posts nothing). */
    public String dryRun() {
        if (!isPermitted()) {
            return NOT_PERMITTED;
        }
        Optional<HostUser<?>> found = successor.isBlank() ? Optional.empty() : find(successor).map(user -> user);
        if (found.isEmpty()) {
            return refused(successor.isBlank() ? "activity-lead.handover.error.successor-missing" : HandoverProblem.SUCCESSOR_UNKNOWN.messageKey());
        }
        return started(request(found.get().person().key()).map(asked -> job.dryRun(asked, administrator())));
    }

    /** Starts the reassignment that a finished dry run of exactly this request showed. */
    public String reassign() {
        if (!isPermitted()) {
            return NOT_PERMITTED;
        }
        return started(request(successorKey).map(asked -> job.reassign(asked, administrator())));
    }

    public String stop() {
        return ifPermitted(() -> {
            job.stop();
            return SUCCESS;
        });
    }

    public String resume() {
        if (!isPermitted()) {
            return NOT_PERMITTED;
        }
        return started(Optional.of(job.resume(administrator())));
    }

    /** The handover the parameters ask for, checked against the users as they are now; empty (with a message) when it cannot be. */
    private Optional<HandoverRequest> request(String successorKeyNow) {
        HandoverRequest.Asked asked = HandoverRequest.ask(leaver, HandoverWording.PAGES.chosen(roles), successorKeyNow, users);
        if (asked instanceof HandoverRequest.Asked.Refused refused) {
            refused(refused.messageKey());
            return Optional.empty();
        }
        return Optional.of(((HandoverRequest.Asked.Valid) asked).request());
    }

    private String started(Optional<HandoverJobs.Start> start) {
        return start.map(done -> done.refusalKey().map(this::refused).orElse(SUCCESS)).orElse(ERROR);
    }

    private String refused(String key) {
        if (!errorKeys.contains(key)) {
            errorKeys.add(key);
        }
        return ERROR;
    }

    private Optional<HostUser<ConfluenceUser>> find(String reference) {
        try {
            return UserRef.parse(reference).flatMap(users::find);
        } catch (UserRef.InvalidUserRef e) {
            return Optional.empty();
        }
    }

    /** The screen's view model, for the template: read from the database when the screen renders. */
    public HandoverView view() {
        if (hasActionErrors() && errorKeys.isEmpty()) {
            // Confluence refused the form (its anti-forgery check) before any method of ours ran; its own text is not shown.
            errorKeys.add("activity-lead.handover.error.refused");
        }
        ConfluenceLinks links = ConfluenceLinks.below(applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        HandoverProgress progress = ledger.progress();
        Optional<HandoverRequest> request = progress.request();
        People people = new People(users);
        Optional<Person> jobLeaver = request.map(asked -> people.person(new UserRef(asked.leaverKey())));
        Optional<Person> chosen = leaver.isBlank() ? jobLeaver : chosen(people);
        HandoverViewFactory.Job shown = new HandoverViewFactory.Job(progress, jobLeaver,
                request.map(asked -> people.person(new UserRef(asked.successorKey()))),
                progress.running() ? List.of() : ledger.allResults((progress.done() + HandoverRun.BATCH - 1) / HandoverRun.BATCH),
                ledger.stopRequested());
        return new HandoverViewFactory(translations.forViewer(), links, links, ZoneId.systemDefault(), HandoverWording.PAGES).view(chosen, shown, errorKeys);
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
