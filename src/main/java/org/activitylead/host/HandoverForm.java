package org.activitylead.host;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activitylead.core.handover.HandoverLinks;
import org.activitylead.core.handover.HandoverProblem;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.handover.HandoverViewFactory;
import org.activitylead.core.handover.HandoverWording;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Translator;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;

/**
 * What a reassignment screen does with one request, in either product, once its action has checked who may use it:
 * the posted parameters (user references and fixed role names, each checked before use and never echoed), the start
 * of the dry run, the reassignment, stop and resume, and the screen's view model. An administrator of a part of the
 * product (a space, some projects) may confirm, stop or resume only a job they started, and sees only its pages or
 * issues, which may lie outside their part.
 */
public final class HandoverForm {

    /** The product's job, with the viewer's scope already applied to the dry run's candidates. */
    public interface Job {
        HandoverJobs.Start dryRun(HandoverRequest request, String administratorKey);

        HandoverJobs.Start reassign(HandoverRequest request, String administratorKey);

        HandoverJobs.Start resume(String administratorKey);

        void stop();
    }

    /** Who uses the screen: their user key, and whether they administer all the job can cover. */
    public record Administrator(String key, boolean everything) {
    }

    private static final String NOT_YOURS = "activity-lead.handover.error.not-yours";

    private final Job job;
    private final HandoverStore ledger;
    private final UserDirectory<?> users;
    private final HandoverWording wording;
    private final List<String> errorKeys = new ArrayList<>();
    private String leaver = "";
    private String successor = "";
    private String successorKey = "";
    private List<String> roles = List.of();

    public HandoverForm(Job job, HandoverStore ledger, UserDirectory<?> users, HandoverWording wording) {
        this.job = job;
        this.ledger = ledger;
        this.users = users;
        this.wording = wording;
    }

    /** The leaver's user key, from the health screen's link or a form. */
    public void setLeaver(String leaver) {
        this.leaver = leaver == null ? "" : leaver;
    }

    /** The roles' fixed names (lead, pm, owner, reviewer), one parameter per checked box. */
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

    /** Starts the dry run of the chosen handover; false (with a message) when it did not start. */
    public boolean dryRun(Administrator administrator) {
        Optional<Person> found = successor.isBlank() ? Optional.empty() : find(successor);
        if (found.isEmpty()) {
            return refused(successor.isBlank() ? "activity-lead.handover.error.successor-missing" : HandoverProblem.SUCCESSOR_UNKNOWN.messageKey());
        }
        return started(request(found.get().key()).map(asked -> job.dryRun(asked, administrator.key())));
    }

    /** Starts the reassignment that a finished dry run of exactly this request showed. */
    public boolean reassign(Administrator administrator) {
        return mayChange(administrator) && started(request(successorKey).map(asked -> job.reassign(asked, administrator.key())));
    }

    public boolean stop(Administrator administrator) {
        if (!mayChange(administrator)) {
            return false;
        }
        job.stop();
        return true;
    }

    public boolean resume(Administrator administrator) {
        return mayChange(administrator) && started(Optional.of(job.resume(administrator.key())));
    }

    private boolean mayChange(Administrator administrator) {
        return ledger.progress().mayBeChangedBy(administrator.key(), administrator.everything()) || refused(NOT_YOURS);
    }

    /** The handover the parameters ask for, checked against the users as they are now; empty (with a message) when it cannot be. */
    private Optional<HandoverRequest> request(String successorKeyNow) {
        HandoverRequest.Asked asked = HandoverRequest.ask(leaver, wording.chosen(roles), successorKeyNow, users);
        if (asked instanceof HandoverRequest.Asked.Refused refused) {
            refused(refused.messageKey());
            return Optional.empty();
        }
        return Optional.of(((HandoverRequest.Asked.Valid) asked).request());
    }

    private boolean started(Optional<HandoverJobs.Start> start) {
        return start.map(done -> done.refusalKey().map(this::refused).orElse(true)).orElse(false);
    }

    /** Records the message once; always false, the request's outcome. */
    private boolean refused(String key) {
        if (!errorKeys.contains(key)) {
            errorKeys.add(key);
        }
        return false;
    }

    private Optional<Person> find(String reference) {
        try {
            return UserRef.parse(reference).flatMap(users::find).map(user -> user.person());
        } catch (UserRef.InvalidUserRef e) {
            return Optional.empty();
        }
    }

    /**
     * The screen's view model, read from the database when the screen renders.
     *
     * @param hostRefused the host refused the last form before any method of ours ran (its anti-forgery check): its
     *                    own text is not shown, ours is
     */
    public HandoverView view(Administrator viewer, boolean hostRefused, Translator translator, ProductLinks productLinks, HandoverLinks links) {
        if (hostRefused && errorKeys.isEmpty()) {
            errorKeys.add("activity-lead.handover.error.refused");
        }
        HandoverProgress progress = ledger.progress();
        Optional<HandoverRequest> request = progress.request();
        People people = new People(users);
        Optional<Person> jobLeaver = request.map(asked -> people.person(new UserRef(asked.leaverKey())));
        Optional<Person> chosen = leaver.isBlank() ? jobLeaver : chosen(people);
        boolean mayChange = progress.mayBeChangedBy(viewer.key(), viewer.everything());
        HandoverViewFactory.Job shown = new HandoverViewFactory.Job(progress, jobLeaver,
                request.map(asked -> people.person(new UserRef(asked.successorKey()))),
                !progress.running() && mayChange ? ledger.allResults((progress.done() + HandoverRun.BATCH - 1) / HandoverRun.BATCH) : List.of(),
                ledger.stopRequested(), mayChange);
        return new HandoverViewFactory(translator, productLinks, links, ZoneId.systemDefault(), wording).view(chosen, shown, errorKeys);
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
