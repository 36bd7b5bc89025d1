package org.activitylead.it.browser;

import static org.activitylead.it.browser.UiState.state;
import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.activitylead.testing.jira.JiraUsers.aUser;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.activitylead.confluence.HandoverAdminAction;
import org.activitylead.confluence.HandoverScreens;
import org.activitylead.confluence.HealthAdminAction;
import org.activitylead.confluence.HealthScreens;
import org.activitylead.confluence.RecordingAdminAction;
import org.activitylead.confluence.RecordingScreens;
import org.activitylead.core.panel.Ownership;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.Texts;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.report.ReportHit;
import org.activitylead.jira.DriHandoverAction;
import org.activitylead.jira.DriHandoverScreens;
import org.activitylead.jira.DriHealthAction;
import org.activitylead.jira.DriHealthScreens;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.OwnershipBuilder;
import org.activitylead.testing.jira.JiraIssues;
import org.activitylead.testing.jira.JiraUsers;

/**
 * Every state of the UI the browser suite looks at: each status, deactivated and unknown users, each message the
 * panel can show, 20 reviewers, very long and right-to-left names, German and French, the export output, and the
 * DRI field's view, column and edit templates. All of it rendered by the real templates, never written by hand.
 */
final class UiStates {

    static final Person ALICE = aPerson("alice").displayName("Alice Martin").build();
    static final Person BOB = aPerson("bob").displayName("Bob Lee").build();
    static final Person CAROL = aPerson("carol").displayName("Carol Nguyen").build();
    static final Person DAVE = aPerson("dave").displayName("Dave Okafor").build();
    static final Person ERIN = aPerson("erin").displayName("Erin Schmidt").build();
    static final Person ALICE_DEACTIVATED = aPerson("alice").displayName("Alice Martin").deactivated().build();

    static final List<String> TWENTY_NAMES = List.of(
            "Aiko Tanaka", "Bj\u00f6rn Larsson", "Chlo\u00e9 Dubois", "Dmitri Ivanov", "Emeka Obi", "Fatima Zahra",
            "Giulia Rossi", "Hana Nov\u00e1k", "In\u00e9s Garc\u00eda", "Jakub Kowalski", "Kirsi Virtanen", "Liam O'Connor",
            "Mei Chen", "Nia Williams", "Omar Haddad", "Priya Sharma", "Quentin Moreau", "Rosa Jim\u00e9nez",
            "Sven Andersen", "Tariq Aziz");

    static final String LONG_NAME = "Maximiliane Alexandra von Hohenzollern-Sigmaringen-Wolfeschlegelsteinhausenbergerdorff";
    /** One word of 140 letters: nothing to break at but the panel's own wrapping. */
    static final String UNBROKEN_NAME = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft"
            + "schaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzenvonangreifern";

    static final Person DRI_ACTIVE = Person.of("JIRAUSER10001", "alice", "Alice Martin", true, null);
    static final Person DRI_INACTIVE = Person.of("JIRAUSER10002", "bob", "Bob Lee", false, null);

    private static final String VIEW = "templates/dri/view.vm";
    private static final String EDIT = "templates/dri/edit.vm";

    private UiStates() {
    }

    static List<UiState> all() {
        List<UiState> states = new ArrayList<>();
        states.addAll(statuses());
        states.addAll(users());
        states.addAll(warnings());
        states.addAll(parameterProblems());
        states.addAll(sizesAndScripts());
        states.addAll(languages());
        states.addAll(exports());
        states.addAll(driField());
        states.addAll(reports());
        states.addAll(recording());
        states.addAll(health());
        states.addAll(reassign());
        states.addAll(driHealth());
        states.addAll(driReassign());
        return states;
    }

    // ===== Confluence report =====

    /** A found page named {@code title}, owned as {@code activity} says. */
    private static ReportHit hit(String title, OwnershipBuilder activity) {
        return new ReportHit(0L, title, "/display/ENG/" + title.replace(' ', '+'), "ENG", "Engineering",
                Optional.of(OwnershipRecord.of(activity.build())));
    }

    static List<UiState> reports() {
        LocalDate today = LocalDate.now();
        List<ReportHit> mixed = List.of(
                hit("Launch plan", anActivity().status(Status.LIVE).ledBy(ALICE).pm(BOB).owner(CAROL).reviewer(aPerson("dave")
                        .displayName("Dave Okafor")).reviewBy(today.plusDays(40))),
                hit("Pricing review", anActivity().status(Status.IN_REVIEW).ledBy(BOB).owner(CAROL).customerFacing()
                        .reviewBy(today.minusDays(3))),
                hit("Data migration", anActivity().status(Status.AT_RISK).ledBy(ALICE_DEACTIVATED).owner(CAROL)),
                hit("Onboarding guide", anActivity().status(Status.DRAFT).ledBy(Person.unknown("ghost")).owner(ERIN)));
        List<ReportHit> many = IntStream.rangeClosed(1, 500).mapToObj(i -> hit("Activity " + i,
                anActivity().status(Status.values()[i % Status.values().length]).ledBy(i % 2 == 0 ? ALICE : BOB).owner(CAROL)))
                .toList();
        Person rtl = aPerson("rtl").displayName("\u05d3\u05e0\u05d9\u05d0\u05dc \u05db\u05d4\u05df \u0645\u0631\u064a\u0645").build();
        return List.of(
                report(state("report-empty", "Report", "Nothing matches")
                        .shows(english("activity-lead.report.empty")).shows(english("activity-lead.report.count", 0)),
                        Map.of(), List.of()),
                report(state("report-mixed", "Report", "Statuses, people and what needs attention")
                        .shows("Launch plan").shows("Pricing review").shows("Data migration").shows("Onboarding guide")
                        // Lozenges are upper case (AUI); the lead of the first activity has been deactivated since.
                        .shows(lozenge(Locale.ENGLISH, "activity-lead.attention.review-overdue"))
                        .shows(lozenge(Locale.ENGLISH, "activity-lead.attention.no-pm"))
                        .shows(lozenge(Locale.ENGLISH, "activity-lead.attention.lead-deactivated"), 2)
                        .shows(lozenge(Locale.ENGLISH, "activity-lead.attention.lead-unknown")),
                        Map.of(), mixed, ALICE_DEACTIVATED, BOB, CAROL, ERIN, aPerson("dave").displayName("Dave Okafor").build()),
                report(state("report-people", "Report", "Who carries how much")
                        .shows("Carol Nguyen").shows(english("activity-lead.report.column.reviews")),
                        Map.of("layout", "people"), mixed, ALICE_DEACTIVATED, BOB, CAROL, ERIN,
                        aPerson("dave").displayName("Dave Okafor").build()),
                report(state("report-500-rows", "Report", "500 rows, more in search")
                        .shows("Activity 500").shows(english("activity-lead.report.see-all")),
                        Map.of("limit", "500"), Stream.concat(many.stream(), Stream.of(hit("Activity 501", anActivity())))
                                .toList(), ALICE, BOB, CAROL),
                report(state("report-rtl", "Report", "Right-to-left names")
                        .shows(rtl.displayName(), 1),
                        Map.of(), List.of(hit("Launch plan", anActivity().status(Status.LIVE).ledBy(rtl))), rtl),
                report(state("report-german", "Report", "In German").locale(Locale.GERMAN)
                        .shows("Handlungsbedarf").shows(lozenge(Locale.GERMAN, "activity-lead.attention.review-overdue")),
                        Map.of(), mixed, ALICE_DEACTIVATED, BOB, CAROL, ERIN, aPerson("dave").displayName("Dave Okafor").build()),
                report(state("report-problem", "Report", "A parameter the report cannot use")
                        .shows(english("activity-lead.report.problem.not-a-limit", english("activity-lead.report.param.limit"),
                                500)),
                        Map.of("limit", "lots"), mixed),
                reportExport(state("report-export", "Report", "The report in a PDF export")
                        .shows("Launch plan").shows(english("activity-lead.report.column.attention") + ": "
                                + english("activity-lead.attention.review-overdue")),
                        mixed, ALICE_DEACTIVATED, BOB, CAROL, ERIN, aPerson("dave").displayName("Dave Okafor").build()));
    }

    private static UiState report(UiState.Builder builder, Map<String, String> parameters, List<ReportHit> hits, Person... people) {
        return builder.html(Surface.CONFLUENCE_PAGE, Renders.report(parameters, builder.locale(), "display", hits, people));
    }

    private static UiState reportExport(UiState.Builder builder, List<ReportHit> hits, Person... people) {
        return builder.html(Surface.EXPORT, Renders.report(Map.of(), builder.locale(), "pdf", hits, people));
    }

    // ===== Confluence administration: the recording job =====

    static List<UiState> recording() {
        return List.of(
                recording(state("recording-new", "Recording job", "Never started").shows(english("activity-lead.backfill.start")),
                        RecordingScreens.notStarted(Locale.ENGLISH)),
                recording(state("recording-running", "Recording job", "Running, with pages that failed")
                        .shows(english("activity-lead.backfill.summary", 475, 1250, 310, 2)).shows("Alice Martin")
                        .shows(english("activity-lead.backfill.failed-page", "98305")).shows(english("activity-lead.backfill.stop")),
                        RecordingScreens.running(Locale.ENGLISH, ALICE)),
                recording(state("recording-stopping", "Recording job", "A stop asked for").shows(english("activity-lead.backfill.stopping")),
                        RecordingScreens.stopping(Locale.ENGLISH)),
                recording(state("recording-starter-gone", "Recording job", "Stopped: the administrator it ran as was deactivated")
                        .shows(english("activity-lead.backfill.problem.starter-gone"))
                        // The button, and the message that tells the administrator to press it.
                        .shows(english("activity-lead.backfill.resume"), 2),
                        RecordingScreens.stoppedForAGoneStarter(Locale.ENGLISH)),
                recording(state("recording-finished", "Recording job", "Finished").shows(english("activity-lead.backfill.start-again")),
                        RecordingScreens.finished(Locale.ENGLISH)),
                recording(state("recording-refused", "Recording job", "The scheduler refused the start")
                        .shows(english("activity-lead.backfill.error.schedule")), RecordingScreens.scheduleRefused(Locale.ENGLISH)),
                recording(state("recording-german", "Recording job", "In German").locale(Locale.GERMAN)
                        .shows(text(Locale.GERMAN, "activity-lead.backfill.state.running")),
                        RecordingScreens.running(Locale.GERMAN, ALICE)),
                recording(state("recording-rtl", "Recording job", "Run as a right-to-left name")
                        .shows("\u05d3\u05e0\u05d9\u05d0\u05dc \u05db\u05d4\u05df", 1),
                        RecordingScreens.running(Locale.ENGLISH, aPerson("rtl").displayName("\u05d3\u05e0\u05d9\u05d0\u05dc \u05db\u05d4\u05df").build())));
    }

    // ===== Confluence administration: who has left =====

    static List<UiState> health() {
        Person latin = aPerson("alice.martin").displayName("Alice Martin").deactivated().build();
        // A Cyrillic capital A and a zero-width space: the same name to the eye, told apart by the username beside it.
        Person lookalike = aPerson("amartin").displayName("\u0410lice Mar\u200btin").deactivated().build();
        List<ReportHit> many = IntStream.rangeClosed(1, 2001).mapToObj(i -> HealthScreens.page("Activity " + i,
                anActivity().ledBy(i % 2 == 0 ? ALICE : BOB))).toList();
        Person rtl = aPerson("rtl").displayName("\u05d3\u05e0\u05d9\u05d0\u05dc \u05db\u05d4\u05df").deactivated().build();
        return List.of(
                health(state("health-leavers", "Health", "People who left, by person, and activities without a lead")
                        .shows("Alice Martin").shows("JIRAUSER10400").shows("Onboarding guide")
                        .shows(english("activity-lead.health.summary", 4, 2, 3, 1)),
                        HealthScreens.over(Locale.ENGLISH, HealthScreens.leavers(), HealthScreens.ALICE, HealthScreens.BOB, HealthScreens.CAROL)),
                health(state("health-all-well", "Health", "Nobody has left").shows(english("activity-lead.health.summary", 2, 0, 0, 0)),
                        HealthScreens.over(Locale.ENGLISH, List.of(HealthScreens.page("Launch plan", anActivity().ledBy(ALICE)),
                                HealthScreens.page("Pricing review", anActivity().ledBy(BOB))), ALICE, BOB)),
                health(state("health-lookalikes", "Health", "Two look-alike names, told apart by their usernames")
                        .shows("alice.martin").shows("amartin"),
                        HealthScreens.over(Locale.ENGLISH, List.of(HealthScreens.page("Launch plan", anActivity().ledBy(latin)),
                                HealthScreens.page("Pricing review", anActivity().owner(lookalike))), latin, lookalike)),
                health(state("health-truncated", "Health", "More activities than one screen checks")
                        .shows(english("activity-lead.health.truncated", 2000, 2001)), HealthScreens.over(Locale.ENGLISH, many, ALICE)),
                health(state("health-search-failed", "Health", "Confluence's search did not answer")
                        .shows(english("activity-lead.health.error.search")), HealthScreens.action(Locale.ENGLISH, (cql, limit) -> {
                            throw new IllegalStateException("index unavailable");
                        })),
                health(state("health-german", "Health", "In German").locale(Locale.GERMAN)
                        .shows(text(Locale.GERMAN, "activity-lead.health.summary", 4, 2, 3, 1)),
                        HealthScreens.over(Locale.GERMAN, HealthScreens.leavers(), HealthScreens.ALICE, HealthScreens.BOB, HealthScreens.CAROL)),
                health(state("health-rtl", "Health", "A right-to-left name").shows(rtl.displayName(), 1),
                        HealthScreens.over(Locale.ENGLISH, List.of(HealthScreens.page("Launch plan", anActivity().ledBy(rtl))), rtl)),
                state("health-space-admin", "Health", "One space, as its space administrator: no site-wide screens")
                        .shows("Alice Martin").shows(english("activity-lead.health.space.site-only"))
                        .html(Surface.CONFLUENCE_PAGE, Renders.spaceHealth(HealthScreens.spaceOver(Locale.ENGLISH, HealthScreens.leavers(),
                                HealthScreens.ALICE, HealthScreens.BOB, HealthScreens.CAROL))));
    }

    // ===== Confluence administration: reassigning a leaver's roles =====

    static List<UiState> reassign() {
        return List.of(
                reassign(state("reassign-none-chosen", "Reassign", "Reached without a person").shows(english("activity-lead.handover.none-chosen")),
                        HandoverScreens.noneChosen(Locale.ENGLISH)),
                reassign(state("reassign-choice", "Reassign", "The choice of roles and successor for a deactivated person")
                        .shows("Alice Martin").shows("amartin").shows(english("activity-lead.handover.form.dry-run")),
                        HandoverScreens.chosen(Locale.ENGLISH, HandoverScreens.ALICE)),
                reassign(state("reassign-dry-run-40", "Reassign", "A dry run at 40 %")
                        .shows(english("activity-lead.handover.job.summary", 20, 50))
                        .shows(english("activity-lead.handover.job.counts.dry-run", 16, 3, 1)).shows(english("activity-lead.handover.job.stop")),
                        HandoverScreens.dryRunRunning(Locale.ENGLISH)),
                reassign(state("reassign-stopping", "Reassign", "A reassignment asked to stop")
                        .shows(english("activity-lead.handover.job.stopping")), HandoverScreens.stopping(Locale.ENGLISH)),
                reassign(state("reassign-dry-run-done", "Reassign", "A finished dry run: what would change, what cannot, the confirmation")
                        .shows(english("activity-lead.handover.confirm", 4)).shows(english("activity-lead.handover.outcome.not-editable"))
                        .shows(english("activity-lead.handover.outcome.named-as-text")),
                        HandoverScreens.dryRunDone(Locale.ENGLISH)),
                reassign(state("reassign-finished", "Reassign", "A finished reassignment with skips and a failure")
                        .shows(english("activity-lead.handover.job.counts.reassign", 4, 4, 1))
                        .shows(english("activity-lead.handover.outcome.not-saved")).shows(english("activity-lead.handover.untitled", "205")),
                        HandoverScreens.reassigned(Locale.ENGLISH)),
                reassign(state("reassign-successor-gone", "Reassign", "Stopped: the successor was deactivated")
                        .shows(english("activity-lead.handover.job.problem.successor-gone")).shows(english("activity-lead.handover.job.resume")),
                        HandoverScreens.stoppedForTheSuccessor(Locale.ENGLISH)),
                reassign(state("reassign-already-running", "Reassign", "A second administrator's start while a job runs")
                        .shows(english("activity-lead.handover.error.running")), HandoverScreens.alreadyRunning(Locale.ENGLISH)),
                reassign(state("reassign-hostile", "Reassign", "Hostile names and titles, shown as text")
                        .shows("<img src=x onerror=alert(1)>", 5), HandoverScreens.named(Locale.ENGLISH, "<img src=x onerror=alert(1)>")),
                reassign(state("reassign-german", "Reassign", "In German").locale(Locale.GERMAN)
                        .shows(text(Locale.GERMAN, "activity-lead.handover.job.counts.dry-run", 4, 3, 0)), HandoverScreens.dryRunDone(Locale.GERMAN)),
                state("reassign-space-dry-run-done", "Reassign", "One space, its administrator's own finished dry run")
                        .shows(english("activity-lead.handover.confirm", 4)).shows("Launch plan 1")
                        .html(Surface.CONFLUENCE_PAGE, Renders.spaceReassign(HandoverScreens.spaceDryRunDone(Locale.ENGLISH))),
                state("reassign-space-not-yours", "Reassign", "One space: another administrator's job, told so, without its pages")
                        .shows(english("activity-lead.handover.error.not-yours"))
                        .html(Surface.CONFLUENCE_PAGE, Renders.spaceReassign(HandoverScreens.spaceNotYours(Locale.ENGLISH))));
    }

    // ===== Jira administration: DRIs who have left =====

    static List<UiState> driHealth() {
        DriHealthScreens lookalikes = new DriHealthScreens().users(JiraUsers.of(aUser("admin").key("JIRAUSER10000"),
                aUser("alice.martin").key("JIRAUSER10001").displayName("Alice Martin").deactivated(),
                // A Cyrillic capital A and a zero-width space: the same name to the eye, told apart by the username beside it.
                aUser("amartin").key("JIRAUSER10002").displayName("\u0410lice Mar\u200btin").deactivated()));
        lookalikes.search().answering("inactiveDris()", lookalikes.epic(1L, "ACT-1", "Launch plan", "JIRAUSER10001"),
                lookalikes.epic(2L, "ACT-2", "Pricing review", "JIRAUSER10002"));
        DriHealthScreens many = DriHealthScreens.leavers();
        many.search().totalOf(2400);
        DriHealthScreens broken = new DriHealthScreens();
        broken.search().failing();
        String hostile = "<img src=x onerror=alert(1)>";
        DriHealthScreens named = new DriHealthScreens().users(JiraUsers.of(aUser("admin").key("JIRAUSER10000"),
                aUser("hostile").key("JIRAUSER10009").displayName(hostile).deactivated()))
                .inProject(JiraIssues.aProject(10000L, "ACT", hostile));
        named.search().answering("inactiveDris()", named.epic(1L, "ACT-1", hostile, "JIRAUSER10009"));
        return List.of(
                driHealth(state("dri-health-leavers", "DRI health", "Deactivated and unknown DRIs, by person, and an epic without a DRI")
                        .shows("Alice Martin").shows("JIRAUSER10400").shows("ACT-3 Onboarding")
                        .shows(english("activity-lead.dri-health.summary", 3, 2, 2, 1)), DriHealthScreens.leavers().as("admin", Locale.ENGLISH)),
                driHealth(state("dri-health-lookalikes", "DRI health", "Two look-alike names, told apart by their usernames")
                        .shows("alice.martin").shows("amartin"), lookalikes.as("admin", Locale.ENGLISH)),
                driHealth(state("dri-health-truncated", "DRI health", "More issues than one screen checks")
                        .shows(english("activity-lead.dri-health.truncated", 3, 4800)), many.as("admin", Locale.ENGLISH)),
                driHealth(state("dri-health-search-failed", "DRI health", "Jira's search did not answer")
                        .shows(english("activity-lead.dri-health.error.search")), broken.as("admin", Locale.ENGLISH)),
                driHealth(state("dri-health-hostile", "DRI health", "A hostile summary, project name and display name, shown as text")
                        .shows(hostile, 3), named.as("admin", Locale.ENGLISH)),
                driHealth(state("dri-health-french", "DRI health", "In French").locale(Locale.FRENCH)
                        .shows(text(Locale.FRENCH, "activity-lead.dri-health.summary", 3, 2, 2, 1)),
                        DriHealthScreens.leavers().as("admin", Locale.FRENCH)));
    }

    // ===== Jira administration: reassigning a leaver's DRI =====

    static List<UiState> driReassign() {
        String hostile = "<img src=x onerror=alert(1)>";
        return List.of(
                driReassign(state("dri-reassign-none-chosen", "Reassign DRIs", "Reached without a person")
                        .shows(english("activity-lead.dri-handover.none-chosen")), DriHandoverScreens.noneChosen(Locale.ENGLISH)),
                driReassign(state("dri-reassign-choice", "Reassign DRIs", "The successor's choice for a deactivated DRI")
                        .shows("Alice Martin").shows("alice").shows(english("activity-lead.handover.form.dry-run")),
                        DriHandoverScreens.chosen(Locale.ENGLISH)),
                driReassign(state("dri-reassign-dry-run-40", "Reassign DRIs", "A dry run at 40 %")
                        .shows(english("activity-lead.dri-handover.job.summary", 20, 50))
                        .shows(english("activity-lead.handover.job.counts.dry-run", 16, 3, 1)), DriHandoverScreens.dryRunRunning(Locale.ENGLISH)),
                driReassign(state("dri-reassign-dry-run-done", "Reassign DRIs", "A finished dry run: what would change, what cannot and why")
                        .shows(english("activity-lead.dri-handover.confirm", 4)).shows(english("activity-lead.dri-handover.outcome.not-editable"))
                        .shows("The DRI must be able to browse this issue."), DriHandoverScreens.dryRunDone(Locale.ENGLISH)),
                driReassign(state("dri-reassign-finished", "Reassign DRIs", "A finished reassignment with skips and a failure")
                        .shows(english("activity-lead.handover.job.counts.reassign", 4, 4, 1))
                        .shows(english("activity-lead.dri-handover.outcome.not-saved")), DriHandoverScreens.reassigned(Locale.ENGLISH)),
                driReassign(state("dri-reassign-successor-gone", "Reassign DRIs", "Stopped: the successor was deactivated")
                        .shows(english("activity-lead.handover.job.problem.successor-gone")), DriHandoverScreens.stoppedForTheSuccessor(Locale.ENGLISH)),
                driReassign(state("dri-reassign-already-running", "Reassign DRIs", "A second administrator's start while a job runs")
                        .shows(english("activity-lead.handover.error.running")), DriHandoverScreens.alreadyRunning(Locale.ENGLISH)),
                driReassign(state("dri-reassign-others-job", "Reassign DRIs", "A project administrator sees another's job, not its issues")
                        .shows(english("activity-lead.handover.job.counts.reassign", 4, 4, 1)), DriHandoverScreens.othersJob(Locale.ENGLISH)),
                driReassign(state("dri-reassign-hostile", "Reassign DRIs", "Hostile names, summaries and reasons, shown as text")
                        .shows(hostile, 6), DriHandoverScreens.named(Locale.ENGLISH, hostile)),
                driReassign(state("dri-reassign-german", "Reassign DRIs", "In German").locale(Locale.GERMAN)
                        .shows(text(Locale.GERMAN, "activity-lead.dri-handover.confirm", 4)), DriHandoverScreens.dryRunDone(Locale.GERMAN)));
    }

    private static UiState driReassign(UiState.Builder builder, DriHandoverAction action) {
        return builder.html(Surface.JIRA, Renders.driReassign(action));
    }

    private static UiState driHealth(UiState.Builder builder, DriHealthAction action) {
        return builder.html(Surface.JIRA, Renders.driHealth(action));
    }

    private static UiState reassign(UiState.Builder builder, HandoverAdminAction action) {
        return builder.html(Surface.CONFLUENCE_PAGE, Renders.reassign(action));
    }

    private static UiState health(UiState.Builder builder, HealthAdminAction action) {
        return builder.html(Surface.CONFLUENCE_PAGE, Renders.health(action));
    }

    private static UiState recording(UiState.Builder builder, RecordingAdminAction action) {
        return builder.html(Surface.CONFLUENCE_PAGE, Renders.recording(action));
    }

    // ===== Confluence panel =====

    static List<UiState> statuses() {
        List<UiState> states = new ArrayList<>();
        for (Status status : Status.values()) {
            String label = english(status.messageKey());
            states.add(panel(state("status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'), "Status",
                    "Status " + label + ", every role filled")
                    .lozenge(status).shows(label).shows("Alice Martin").shows("Bob Lee").shows("Carol Nguyen")
                    .shows("Dave Okafor").shows("Erin Schmidt"), everyone(Map.of("status", label))));
        }
        return states;
    }

    static List<UiState> users() {
        return List.of(
                panel(state("users-deactivated", "Users", "Deactivated Activity Lead and reviewer")
                        .lozenge(Status.LIVE)
                        .shows(english("activity-lead.person.deactivated"), 2)
                        .shows("Alice Martin", 2).shows("Erin Schmidt")
                        .shows(english("activity-lead.finding.lead-deactivated", "Alice Martin")
                                + " " + english("activity-lead.ask.contact", "Carol Nguyen")),
                        everyone(Map.of("status", "LIVE")), ALICE_DEACTIVATED, BOB, CAROL, DAVE,
                        aPerson("erin").displayName("Erin Schmidt").deactivated().build()),
                panel(state("users-unknown", "Users", "Activity Lead and a reviewer who are not users")
                        .lozenge(Status.DRAFT)
                        .shows(english("activity-lead.person.unknown"), 2)
                        .shows(english("activity-lead.finding.lead-unknown") + " " + english("activity-lead.ask.contact", "Carol Nguyen")),
                        Map.of("activityLead", "ghost", "pm", "bob", "owner", "carol", "reviewers", "dave,nobody"),
                        BOB, CAROL, DAVE));
    }

    static List<UiState> warnings() {
        LocalDate today = LocalDate.now();
        LocalDate overdue = today.minusDays(10);
        LocalDate due = today.plusDays(5);
        return List.of(
                panel(state("warning-lead-several", "Messages", "Several Activity Leads")
                        .lozenge(Status.DRAFT).shows(english("activity-lead.finding.lead-several")),
                        Map.of("activityLead", "alice,bob", "owner", "carol"), ALICE, BOB, CAROL),
                panel(state("warning-lead-missing", "Messages", "No Activity Lead")
                        .lozenge(Status.DRAFT).shows(english("activity-lead.not-set"))
                        .shows(english("activity-lead.finding.lead-missing") + " " + english("activity-lead.ask.contact", "Carol Nguyen")),
                        Map.of("owner", "carol", "pm", "bob"), BOB, CAROL),
                panel(state("warning-lead-missing-no-contact", "Messages", "No Activity Lead and nobody to ask")
                        .lozenge(Status.DRAFT)
                        .shows(english("activity-lead.finding.lead-missing") + " " + english("activity-lead.ask.anyone")),
                        Map.of()),
                panel(state("warning-pm-missing", "Messages", "Customer-facing without a PM")
                        .lozenge(Status.LIVE).shows(english("activity-lead.finding.pm-missing")),
                        Map.of("status", "LIVE", "activityLead", "alice", "owner", "carol", "customerFacing", "true"),
                        ALICE, CAROL),
                panel(state("note-pm-in-background", "Messages", "Customer-facing, led by a Tech Lead, PM in the background")
                        .lozenge(Status.LIVE).shows(english("activity-lead.pm.background")),
                        Map.of("status", "LIVE", "activityLead", "alice", "pm", "bob", "owner", "carol", "customerFacing", "true"),
                        ALICE, BOB, CAROL),
                panel(state("warning-review-overdue", "Messages", "Review overdue")
                        .lozenge(Status.LIVE).shows(english("activity-lead.finding.review-overdue", date(overdue, Locale.ENGLISH))),
                        withReviewBy(overdue)),
                panel(state("info-review-due", "Messages", "Review due within 14 days")
                        .lozenge(Status.LIVE).shows(english("activity-lead.finding.review-due", date(due, Locale.ENGLISH))),
                        withReviewBy(due)));
    }

    static List<UiState> parameterProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("unknown-status", "status=PURPLE");
        problems.put("not-a-date", "reviewBy=31/12/2026");
        problems.put("not-a-boolean", "customerFacing=maybe");
        problems.put("several-users", "pm=bob,carol");
        problems.put("too-many-reviewers", "reviewers=" + String.join(",", IntStream.rangeClosed(1, 25).mapToObj(i -> "user" + i).toList()));
        problems.put("invalid-user", "owner=carol\u0007");
        problems.put("too-long", "status=" + "LIVE ".repeat(1000));
        List<UiState> states = new ArrayList<>();
        problems.forEach((kind, assignment) -> {
            String name = assignment.substring(0, assignment.indexOf('='));
            Map<String, String> parameters = new LinkedHashMap<>(Map.of("activityLead", "alice", "owner", "carol"));
            parameters.put(name, assignment.substring(name.length() + 1));
            String label = english("activity-lead.row." + name);
            UiState.Builder builder = state("problem-" + kind, "Parameter problems", "Parameter problem: " + kind)
                    .shows(english("activity-lead.problem." + kind, label, Ownership.MAX_REVIEWERS));
            if (!name.equals("status")) {
                builder.lozenge(Status.DRAFT);
            }
            states.add(panel(builder, parameters, ALICE, CAROL));
        });
        return states;
    }

    static List<UiState> sizesAndScripts() {
        List<Person> reviewers = IntStream.range(0, TWENTY_NAMES.size())
                .mapToObj(i -> aPerson("reviewer" + (i + 1)).displayName(TWENTY_NAMES.get(i)).build()).toList();
        UiState.Builder twenty = state("reviewers-20", "Size and script", "20 reviewers, the most the panel shows")
                .lozenge(Status.IN_REVIEW);
        TWENTY_NAMES.forEach(twenty::shows);
        List<Person> people = new ArrayList<>(List.of(ALICE, BOB, CAROL));
        people.addAll(reviewers);
        Map<String, String> parameters = Map.of("status", "IN REVIEW", "activityLead", "alice", "pm", "bob", "owner", "carol",
                "reviewers", String.join(",", reviewers.stream().map(Person::username).toList()));
        return List.of(
                panel(twenty, parameters, people.toArray(Person[]::new)),
                panel(state("names-long", "Size and script", "Very long names, one of them a single 140-letter word")
                        .lozenge(Status.LIVE).shows(LONG_NAME).shows(UNBROKEN_NAME),
                        Map.of("status", "LIVE", "activityLead", "max", "pm", "wolf", "owner", "carol"),
                        aPerson("max").displayName(LONG_NAME).build(), aPerson("wolf").displayName(UNBROKEN_NAME).build(), CAROL),
                panel(state("names-rtl", "Size and script", "Hebrew and Arabic names, and a name mixing scripts")
                        .lozenge(Status.LIVE).shows("\u05d3\u05d5\u05d3 \u05dc\u05d5\u05d9")
                        .shows("\u0645\u062d\u0645\u062f \u0639\u0628\u062f \u0627\u0644\u0644\u0647")
                        .shows("\u05e9\u05e8\u05d4 \u05db\u05d4\u05df").shows("Yosef (\u05d9\u05d5\u05e1\u05e3) Cohen"),
                        Map.of("status", "LIVE", "activityLead", "david", "pm", "mohammed", "owner", "carol", "reviewers", "sara,yosef"),
                        aPerson("david").displayName("\u05d3\u05d5\u05d3 \u05dc\u05d5\u05d9").build(),
                        aPerson("mohammed").displayName("\u0645\u062d\u0645\u062f \u0639\u0628\u062f \u0627\u0644\u0644\u0647").build(),
                        CAROL, aPerson("sara").displayName("\u05e9\u05e8\u05d4 \u05db\u05d4\u05df").build(),
                        aPerson("yosef").displayName("Yosef (\u05d9\u05d5\u05e1\u05e3) Cohen").build()),
                panel(state("names-special-characters", "Size and script", "Names with &, <, > and quotes")
                        .lozenge(Status.LIVE).shows("Tom & Jerry <QA>").shows("Siobh\u00e1n O'Brien \"Bobbie\""),
                        Map.of("status", "LIVE", "activityLead", "tom", "pm", "siobhan", "owner", "carol"),
                        aPerson("tom").displayName("Tom & Jerry <QA>").build(),
                        aPerson("siobhan").displayName("Siobh\u00e1n O'Brien \"Bobbie\"").build(), CAROL));
    }

    static List<UiState> languages() {
        List<UiState> states = new ArrayList<>();
        for (Locale locale : List.of(Locale.GERMAN, Locale.FRENCH)) {
            LocalDate overdue = LocalDate.now().minusDays(3);
            Map<String, String> parameters = Map.of("status", "AT RISK", "activityLead", "alice", "owner", "carol",
                    "reviewers", "dave,erin", "customerFacing", "true", "reviewBy", overdue.toString());
            states.add(panel(state("locale-" + locale.getLanguage(), "Languages", "Messages, labels and date in " + locale.getDisplayLanguage(Locale.ENGLISH))
                    .locale(locale).lozenge(Status.AT_RISK)
                    .shows(text(locale, "activity-lead.finding.pm-missing"))
                    .shows(text(locale, "activity-lead.finding.lead-deactivated", "Alice Martin") + " "
                            + text(locale, "activity-lead.ask.contact", "Carol Nguyen"))
                    .shows(text(locale, "activity-lead.finding.review-overdue", date(overdue, locale)))
                    .shows(text(locale, "activity-lead.person.deactivated")),
                    parameters, ALICE_DEACTIVATED, CAROL, DAVE, ERIN));
        }
        return states;
    }

    static List<UiState> exports() {
        return List.of(
                export(state("export-pdf", "Export", "PDF export: every role filled")
                        .shows("Alice Martin").shows("Bob Lee").shows("Carol Nguyen").shows("Dave Okafor").shows("Erin Schmidt"),
                        "pdf", everyone(Map.of("status", "LIVE"))),
                export(state("export-email-warnings", "Export", "Email: deactivated lead and missing PM")
                        .shows(english("activity-lead.finding.pm-missing")),
                        "email", Map.of("status", "AT RISK", "activityLead", "alice", "owner", "carol", "customerFacing", "true"),
                        ALICE_DEACTIVATED, CAROL),
                export(state("export-word-de", "Export", "Word export in German").locale(Locale.GERMAN)
                        .shows("Alice Martin").shows("Carol Nguyen"),
                        "word", Map.of("status", "IN REVIEW", "activityLead", "alice", "owner", "carol")));
    }

    // ===== Jira DRI field =====

    static List<UiState> driField() {
        String inactive = english("activity-lead.dri.inactive");
        return List.of(
                dri(state("dri-view", "Jira DRI field", "Issue view: an active DRI").shows("Alice Martin"), VIEW, "JIRAUSER10001", DRI_ACTIVE),
                dri(state("dri-view-inactive", "Jira DRI field", "Issue view: a deactivated DRI").shows("Bob Lee").shows(inactive),
                        VIEW, "JIRAUSER10002", DRI_INACTIVE),
                dri(state("dri-view-unknown-key", "Jira DRI field", "Issue view: the stored key names no user")
                        .shows(english("activity-lead.person.unknown")).shows(english("activity-lead.dri.unknown-key", "JIRAUSER10999")),
                        VIEW, "JIRAUSER10999", null),
                dri(state("dri-view-none", "Jira DRI field", "Issue view: no DRI").shows(english("activity-lead.dri.none")),
                        VIEW, null, null),
                dri(state("dri-view-de", "Jira DRI field", "Issue view in German: a deactivated DRI").locale(Locale.GERMAN)
                        .shows("Bob Lee").shows(text(Locale.GERMAN, "activity-lead.dri.inactive")), VIEW, "JIRAUSER10002", DRI_INACTIVE),
                dri(state("dri-column", "Jira DRI field", "Issue navigator column: an active DRI").shows("Alice Martin"),
                        VIEW, "JIRAUSER10001", DRI_ACTIVE),
                dri(state("dri-column-inactive", "Jira DRI field", "Issue navigator column: a deactivated DRI")
                        .shows("Bob Lee").shows(inactive), VIEW, "JIRAUSER10002", DRI_INACTIVE),
                driEdit(state("dri-edit-empty", "Jira DRI field", "Edit screen: required, nothing entered yet").fieldValue(""),
                        null, null, null, true),
                driEdit(state("dri-edit-current", "Jira DRI field", "Edit screen: the current DRI is sent back").fieldValue("alice"),
                        "JIRAUSER10001", DRI_ACTIVE, null, true),
                driEdit(state("dri-edit-rejected", "Jira DRI field", "Edit screen: two users entered, rejected")
                        .shows(english("activity-lead.dri.error.several")).fieldValue("alice, bob"),
                        "JIRAUSER10001", DRI_ACTIVE, "alice, bob", true),
                driOverview());
    }

    /**
     * The field's faces one below the other, as the README shows them: three issue views and a rejected edit. Each face
     * has its own heading rather than a table row, so the composite fits a phone as each face does alone.
     */
    private static UiState driOverview() {
        String html = face("Issue view", Renders.driField(VIEW, Locale.ENGLISH, "JIRAUSER10001", DRI_ACTIVE, null, null, false))
                + face("Deactivated DRI", Renders.driField(VIEW, Locale.ENGLISH, "JIRAUSER10002", DRI_INACTIVE, null, null, false))
                + face("Removed user", Renders.driField(VIEW, Locale.ENGLISH, "JIRAUSER10999", null, null, null, false))
                + face("Edit screen", Renders.driField(EDIT, Locale.ENGLISH, "JIRAUSER10001", DRI_ACTIVE, "alice, bob",
                        english("activity-lead.dri.error.several"), true));
        return state("dri-overview", "Jira DRI field", "The DRI field's views and a rejected edit, as in the README")
                .shows("Alice Martin").shows("Bob Lee").shows(english("activity-lead.dri.inactive"))
                .shows(english("activity-lead.dri.unknown-key", "JIRAUSER10999")).shows(english("activity-lead.dri.error.several"))
                .fieldValue("alice, bob")
                .html(Surface.JIRA_EDIT, html);
    }

    private static String face(String heading, String html) {
        return "<section><h4>" + heading + "</h4>\n" + html + "\n</section>\n";
    }

    // ===== Helpers =====

    /** Every role filled: Alice leads, Bob is PM, Carol owns the page, Dave and Erin review. */
    private static Map<String, String> everyone(Map<String, String> more) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of(
                "activityLead", "alice", "pm", "bob", "owner", "carol", "reviewers", "dave,erin"));
        parameters.putAll(more);
        return parameters;
    }

    private static Map<String, String> withReviewBy(LocalDate date) {
        return everyone(Map.of("status", "LIVE", "reviewBy", date.toString()));
    }

    private static UiState panel(UiState.Builder builder, Map<String, String> parameters, Person... people) {
        return builder.html(Surface.CONFLUENCE_PAGE, Renders.macro(parameters, builder.locale(), "display",
                people.length == 0 ? new Person[] {ALICE, BOB, CAROL, DAVE, ERIN} : people));
    }

    private static UiState panel(UiState.Builder builder, Map<String, String> parameters) {
        return panel(builder, parameters, new Person[0]);
    }

    private static UiState export(UiState.Builder builder, String outputType, Map<String, String> parameters, Person... people) {
        return builder.html(Surface.EXPORT, Renders.macro(parameters, builder.locale(), outputType,
                people.length == 0 ? new Person[] {ALICE, BOB, CAROL, DAVE, ERIN} : people));
    }

    private static UiState dri(UiState.Builder builder, String template, String storedKey, Person dri) {
        return builder.html(Surface.JIRA, Renders.driField(template, builder.locale(), storedKey, dri, null, null, false));
    }

    private static UiState driEdit(UiState.Builder builder, String storedKey, Person dri, String submitted, boolean required) {
        String error = submitted == null ? null : english("activity-lead.dri.error.several");
        return builder.html(Surface.JIRA_EDIT, Renders.driField(EDIT, builder.locale(), storedKey, dri, submitted, error, required));
    }

    /** A lozenge's text as AUI shows it: in upper case. */
    private static String lozenge(Locale locale, String key) {
        return text(locale, key).toUpperCase(locale);
    }

    static String english(String key, Object... arguments) {
        return text(Locale.ENGLISH, key, arguments);
    }

    static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(BundleTranslator.of(locale).pattern(key), locale).format(arguments);
    }

    private static String date(LocalDate date, Locale locale) {
        return new Texts(BundleTranslator.of(locale)).date(date);
    }
}
