package org.activitylead.velocity;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.templaterenderer.RenderingException;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.activitylead.confluence.ConfluenceLinks;
import org.activitylead.core.panel.OutputMode;
import org.activitylead.core.panel.PanelComposer;
import org.activitylead.core.dri.DriFieldView;
import org.activitylead.core.panel.PanelView;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.people.PersonViews;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.report.ReportComposer;
import org.activitylead.core.report.ReportHit;
import org.activitylead.core.report.ReportView;
import org.activitylead.confluence.HandoverAdminAction;
import org.activitylead.confluence.HandoverScreens;
import org.activitylead.confluence.HealthAdminAction;
import org.activitylead.confluence.HealthScreens;
import org.activitylead.confluence.SpaceHandoverAction;
import org.activitylead.confluence.SpaceHealthAction;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.handover.ConfirmView;
import org.activitylead.core.handover.HandoverFormView;
import org.activitylead.core.handover.HandoverJobView;
import org.activitylead.core.handover.HealthView;
import org.activitylead.jira.DriHandoverAction;
import org.activitylead.jira.DriHandoverScreens;
import org.activitylead.jira.DriHealthAction;
import org.activitylead.jira.DriHealthScreens;
import org.activitylead.confluence.RecordingAdminAction;
import org.activitylead.confluence.RecordingScreens;
import org.activitylead.jira.JiraLinks;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.testing.FakeUserDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code <velocity-allowlist>} in atlassian-plugin.xml and the templates stay in step in both
 * directions, and every template renders through a deny-by-default uberspector that allows only that list.
 * The Jira DRI templates also meet Jira's own objects and macros, whose calls Jira's allowlist governs: those are
 * held to the small documented set of {@link JiraHost} instead, and never count as ours.
 */
class TemplateAllowlistTest {

    /** What ActivityLeadMacro puts into the macro's templates' context: one variable. */
    private static final Map<String, Type> MACRO_CONTEXT = Map.of("panel", PanelView.class);

    /** What ActivityLeadReportMacro puts into the report's templates' context. */
    private static final Map<String, Type> REPORT_CONTEXT = Map.of("report", ReportView.class);
    private static final Map<String, OutputMode> REPORT_MODES = Map.of(
            Templates.REPORT, OutputMode.INTERACTIVE,
            Templates.REPORT_EXPORT, OutputMode.STATIC);

    /** What Confluence's Struts velocity result gives the recording screen: the action. */
    private static final Map<String, Type> RECORDING_CONTEXT = Map.of("action", RecordingAdminAction.class);
    private static final Map<String, Type> HEALTH_CONTEXT = Map.of("action", HealthAdminAction.class);
    private static final Map<String, Type> SPACE_HEALTH_CONTEXT = Map.of("action", SpaceHealthAction.class);
    /** What both health templates have set before they parse the body: the view. */
    private static final Map<String, Type> HEALTH_BODY_CONTEXT = Map.of("view", HealthView.class);
    private static final Map<String, Type> REASSIGN_CONTEXT = Map.of("action", HandoverAdminAction.class);
    private static final Map<String, Type> SPACE_REASSIGN_CONTEXT = Map.of("action", SpaceHandoverAction.class);
    /** What both Confluence reassignment templates have set before they parse the body: the view. */
    private static final Map<String, Type> REASSIGN_BODY_CONTEXT = Map.of("view", HandoverView.class);
    /** What Jira's webwork velocity view gives the DRI health screen: the action. */
    private static final Map<String, Type> DRI_HEALTH_CONTEXT = Map.of("action", DriHealthAction.class);
    private static final Map<String, Type> DRI_REASSIGN_CONTEXT = Map.of("action", DriHandoverAction.class);

    /** What both reassignment screens have set before they parse each part: the job, the confirmation, the form. */
    private static final Map<String, Map<String, Type>> REASSIGN_PARTS = Map.of(
            Templates.REASSIGN_JOB, Map.of("job", HandoverJobView.class),
            Templates.REASSIGN_RESULTS, Map.of("job", HandoverJobView.class),
            Templates.REASSIGN_CONFIRM_FIELDS, Map.of("confirm", ConfirmView.class),
            Templates.REASSIGN_FORM_FIELDS, Map.of("form", HandoverFormView.class));

    /** The typed context of every template: the macro's, and what DriCFType, DriValidatorFactory and Jira give the DRI's. */
    private static final Map<String, Map<String, Type>> CONTEXTS = contexts();

    /** The output mode whose view model each template gets (ActivityLeadMacro: page views, or static exports). */
    private static final Map<String, OutputMode> MODES = Map.of(
            Templates.PANEL, OutputMode.INTERACTIVE,
            Templates.EXPORT, OutputMode.STATIC);

    /** What each #if branch of a template prints, so the scenarios below provably take every branch. */
    private static final Map<String, List<String>> BRANCHES = Map.ofEntries(
            Map.entry(Templates.REPORT, List.of("div.aui-message > p", "p.activity-lead-report-summary > a[href]",
                    "table.activity-lead-report-table th[scope=col]", "td > a[href]:matchesOwn(^Launch$)", "td:matchesOwn(^Unreadable$)",
                    "td > span.aui-lozenge:not(.activity-lead-attention)", "td > span.activity-lead-person > a.confluence-userlink",
                    "td > span.activity-lead-person-deactivated", "td:matchesOwn(^2$)", "td > time[datetime]",
                    "td > span.activity-lead-attention", "table.activity-lead-report-people td > span.activity-lead-person",
                    "table.activity-lead-report-people td > a[href]:matchesOwn(^1$)", "table.activity-lead-report-people td:matchesOwn(^0$)")),
            Map.entry(Templates.REPORT_EXPORT, List.of("p.aui-message", "p > a[href]", "strong > a[href]:matchesOwn(^Launch$)",
                    "strong:matchesOwn(^Unreadable$)", "li:matchesOwn(^Status: LIVE$)", "li:matchesOwn(^Activity Lead:) > a[href] > bdi",
                    "li:matchesOwn(^PM:) > a", "li:matchesOwn(^Owner:) > a", "li:matchesOwn(^Reviewers: 2$)",
                    "li:matchesOwn(^Review by: )", "li:matchesOwn(^Needs attention: )", "th.confluenceTh",
                    "td.confluenceTd > a[href]:matchesOwn(^1$)", "td.confluenceTd:matchesOwn(^0$)")),
            Map.entry(Templates.PANEL, List.of("div.aui-message > p", "td > span.aui-lozenge:not(.activity-lead-customer-facing)",
                    "span.activity-lead-customer-facing", "span.activity-lead-not-set", "a.confluence-userlink[href]",
                    ".aui-avatar img[src]", "li.activity-lead-person-unknown > bdi", "span.activity-lead-person-state",
                    "span.activity-lead-note", "time[datetime]")),
            Map.entry(Templates.EXPORT, List.of("p.aui-message", "span.status-macro", "td:containsOwn(Customer-facing)",
                    "td:containsOwn(Not set)", "a[href] > bdi", "li > bdi:only-child", "li > span.activity-lead-person-state",
                    "td:containsOwn(Supports in the background)", "th:containsOwn(Review by)")),
            Map.entry(Templates.RECORDING, List.of("div.aui-message-error > p", "div.aui-message-warning > p", "div.aui-message-info > p",
                    "span.aui-lozenge-inprogress", "p#activity-lead-recording-summary", "progress[value][max]",
                    "span.activity-lead-person > a.confluence-userlink > bdi", "li > a[href]", "meta[http-equiv=refresh]",
                    "form[action$=/start-recording.action] > input[name=atl_token] + button",
                    "form[action$=/stop-recording.action] > input[name=atl_token] + button", "p:matchesOwn(^Last progress: )",
                    "p > a[href$=/admin/activity-lead/health.action]")),
            Map.entry(Templates.HEALTH, List.of("div.aui-message-warning > p", "div.aui-message-error > p", "p.activity-lead-health-summary",
                    "section.activity-lead-health-person h3 > span.activity-lead-person > a.confluence-userlink > bdi",
                    "section.activity-lead-health-person h3 > span.activity-lead-person-unknown > bdi", "h3 > code.activity-lead-health-username",
                    "th[scope=row]", "td li > a[href]", "td li:matchesOwn(^Odd)", "h2 + ul > li > a[href]", "h2 + ul > li:matchesOwn(^Odd)",
                    "p > a[href$=/admin/activity-lead/recording.action]", "p > a.activity-lead-health-reassign[href*=reassign.action?leaver=]")),
            Map.entry(Templates.HEALTH_BODY, List.of("div.aui-message-warning > p", "div.aui-message-error > p", "p.activity-lead-health-summary",
                    "section.activity-lead-health-person h3 > span.activity-lead-person > a.confluence-userlink > bdi",
                    "section.activity-lead-health-person h3 > span.activity-lead-person-unknown > bdi", "h3 > code.activity-lead-health-username",
                    "th[scope=row]", "td li > a[href]", "td li:matchesOwn(^Odd)", "h2 + ul > li > a[href]", "h2 + ul > li:matchesOwn(^Odd)",
                    "p > a[href$=/admin/activity-lead/recording.action]", "p > a.activity-lead-health-reassign[href*=reassign.action?leaver=]",
                    "p.activity-lead-health-site-only:containsOwn(ask a Confluence administrator)")),
            Map.entry(Templates.SPACE_HEALTH, List.of("meta[name=decorator][content=atl.general]", "p:containsOwn(Activities in the space ENG)",
                    "p.activity-lead-health-site-only", "p > a.activity-lead-health-reassign[href*=space-reassign.action?key=ENG&leaver=]")),
            Map.entry(Templates.REASSIGN, List.of("div.aui-message-error > p", "div.aui-message-warning > p", "div.aui-message-info > p",
                    "h2 + p > span.aui-lozenge-inprogress", "h2 + p > span.aui-lozenge-success", "h2 + p > span.aui-lozenge-moved",
                    "dd > code.activity-lead-reassign-username + span.activity-lead-person-deactivated",
                    "p#activity-lead-reassign-summary + progress[value][max]", "p.activity-lead-reassign-counts", "meta[http-equiv=refresh]",
                    "form[action$=/stop-reassign.action] > input[name=atl_token] + button",
                    "form[action$=/resume-reassign.action] > input[name=atl_token] + button",
                    "tr.activity-lead-handover-changed > td > a[href]", "tr.activity-lead-handover-skipped", "tr.activity-lead-handover-failed",
                    "tr > td:matchesOwn(^Page 205$)",
                    "form[action$=/start-reassign.action] > input[name=leaver][type=hidden] ~ input[name=roles] ~ input[name=successorKey] ~ button",
                    "form[action$=/dry-run-reassign.action] input[type=checkbox][name=roles][checked]",
                    "form[action$=/dry-run-reassign.action] input#activity-lead-reassign-successor[name=successor]",
                    "p > a[href$=/admin/activity-lead/health.action]")),
            Map.entry(Templates.SPACE_REASSIGN, List.of("meta[name=decorator][content=atl.general]",
                    "form[action*=/plugins/activity-lead/space-start-reassign.action?key=ENG] > input[name=atl_token]",
                    "p > a[href$=/plugins/activity-lead/space-health.action?key=ENG]",
                    "div.aui-message-error > p:containsOwn(started by another administrator)")),
            Map.entry(Templates.REASSIGN_CONFLUENCE_BODY, List.of("div.aui-message-error > p", "div.aui-message-warning > p",
                    "div.aui-message-info > p", "form > input[name=atl_token] + button", "tr.activity-lead-handover-changed",
                    "form input[name=successorKey]", "form input#activity-lead-reassign-successor", "p > a[href]")),
            Map.entry(Templates.REASSIGN_JOB, List.of("h2 + p > span.aui-lozenge-inprogress", "h2 + p > span.aui-lozenge-success",
                    "dd > code.activity-lead-reassign-username + span.activity-lead-person-deactivated",
                    "p#activity-lead-reassign-summary + progress[value][max]", "p.activity-lead-reassign-counts")),
            Map.entry(Templates.REASSIGN_RESULTS, List.of("tr.activity-lead-handover-changed > td > a[href]", "tr.activity-lead-handover-skipped",
                    "tr.activity-lead-handover-failed", "tr > td:matchesOwn(^Page 205$)", "td > a[href=/jira/browse/ACT-1]")),
            Map.entry(Templates.REASSIGN_CONFIRM_FIELDS, List.of("input[name=leaver][type=hidden] ~ input[name=roles] ~ input[name=successorKey]")),
            Map.entry(Templates.REASSIGN_FORM_FIELDS, List.of("input[type=checkbox][name=roles][checked]",
                    "input#activity-lead-reassign-successor[name=successor]", "label[for=activity-lead-handover-role-reviewer]")),
            Map.entry(Templates.DRI_REASSIGN, List.of("div.aui-message-error > p", "div.aui-message-warning > p", "div.aui-message-info > p",
                    "h2 + p > span.aui-lozenge-inprogress", "h2 + p > span.aui-lozenge-success", "meta[http-equiv=refresh]",
                    "meta[name=admin.active.tab][content=activity-lead-dri-health-admin]",
                    "form[action$=/ActivityLeadDriReassign!stop.jspa] > input[name=atl_token][value] + button",
                    "form[action$=/ActivityLeadDriReassign!resume.jspa] > input[name=atl_token] + button",
                    "tr.activity-lead-handover-changed > td > a[href=/jira/browse/ACT-1]", "tr.activity-lead-handover-skipped",
                    "tr.activity-lead-handover-failed", "td:matchesOwn(^Skipped: the change was refused: The DRI must)",
                    "form[action$=/ActivityLeadDriReassign!reassign.jspa] > input[name=atl_token] ~ input[name=leaver][type=hidden] ~ input[name=roles][value=lead] ~ input[name=successorKey] ~ button",
                    "form[action$=/ActivityLeadDriReassign!dryRun.jspa] > input[name=atl_token] ~ fieldset input[type=checkbox][name=roles][value=lead][checked]",
                    "form[action$=/ActivityLeadDriReassign!dryRun.jspa] input#activity-lead-reassign-successor[name=successor]",
                    "p > a[href$=/secure/admin/ActivityLeadDriHealth.jspa]")),
            Map.entry(Templates.DRI_HEALTH, List.of("div.aui-message-warning > p", "div.aui-message-error > p", "p.activity-lead-health-summary",
                    "section.activity-lead-health-person h3 > span.activity-lead-person > a.user-hover[rel=alice] > bdi",
                    "section.activity-lead-health-person h3 > span.activity-lead-person-unknown > bdi", "h3 > code.activity-lead-health-username",
                    "th[scope=row]:matchesOwn(^DRI$)", "td li > a[href=/jira/browse/ACT-1]", "td li:matchesOwn(^Odd 7)",
                    "h2 + ul > li > a[href=/jira/browse/ACT-3]", "h2 + ul > li:matchesOwn(^Odd 8)")),
            Map.entry(Templates.DRI_VIEW, driPersonBranches()),
            Map.entry(Templates.DRI_XML, List.of("customfieldvalues > customfieldvalue[username]:containsOwn(Alice Example)",
                    "customfieldvalues > customfieldvalue:not([username]):containsOwn(Unknown user)")),
            // edit.vm has no branch of its own; these are the stand-in macros' (label, required, error, description).
            Map.entry(Templates.DRI_EDIT, List.of("div.field-group > label[for=customfield_10100]", "span.icon-required",
                    "input.activity-lead-dri-input#customfield_10100[name=customfield_10100][value=alice]",
                    "input.activity-lead-dri-input[value=bob]", "input.activity-lead-dri-input[value~=^$]",
                    "input.activity-lead-dri-input[list=customfield_10100-suggestions] + datalist#customfield_10100-suggestions:empty",
                    "div.error", "div.description")),
            Map.entry(Templates.DRI_VALIDATOR, List.of("span.activity-lead-validator:containsOwn(exactly one active DRI)")),
            // The person fragment on its own: Confluence's and Jira's hover-card links, a static link, avatar, state.
            Map.entry(Templates.PERSON, List.of("a.confluence-userlink.user-mention[href][data-username]:not([rel]) > bdi",
                    "a.user-hover[href][rel]:not([data-username]) > bdi", "a[href]:not([class]):not([rel]):not([data-username]) > bdi",
                    ".aui-avatar img[src]", "span.activity-lead-person-state", "bdi:root, body > bdi")));

    private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.,\\[\\]$]*)\\)");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final VelocityAllowlist allowlist = VelocityAllowlist.fromPluginDescriptor();

    static List<String> templates() {
        return Templates.all();
    }

    @Test
    void everyTemplateIsOneThisTestKnows() {
        // Found in every folder below templates/, so a new template cannot skip the checks below.
        assertThat(Templates.all()).containsExactlyInAnyOrderElementsOf(CONTEXTS.keySet());
        assertThat(BRANCHES.keySet()).containsExactlyInAnyOrderElementsOf(CONTEXTS.keySet());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyMethodTheTemplateCallsIsInTheAllowlist(String template) {
        assertThat(calls(template)).allSatisfy(call -> assertThat(allowlist.allows(call))
                .as("%s calls %s, which the velocity-allowlist in %s does not list", template, call, VelocityAllowlist.DESCRIPTOR)
                .isTrue());
    }

    @Test
    void everyAllowlistEntryIsCalledBySomeTemplate() {
        Set<String> called = Templates.all().stream().flatMap(template -> calls(template).stream()).collect(Collectors.toSet());
        Set<String> stale = new TreeSet<>(allowlist.entries());
        stale.removeAll(called);
        assertThat(stale).as("allowlist entries no template calls").isEmpty();
    }

    @Test
    void everyAllowlistEntryNamesAPublicMethodOfAPublicClass() throws ClassNotFoundException {
        assertThat(allowlist.entries()).isNotEmpty();
        for (String entry : allowlist.entries()) {
            Matcher parts = ENTRY.matcher(entry);
            assertThat(parts.matches()).as("%s is not of the form fq.Class#method(param.Types)", entry).isTrue();
            Class<?> type = Class.forName(parts.group(1));
            assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type).isTrue();
            assertThat(Arrays.stream(type.getMethods()).map(method -> VelocityAllowlist.entry(type, method)))
                    .as("public methods of %s", type)
                    .contains(entry);
        }
    }

    /**
     * Renders through the deny-by-default uberspector (an unlisted call would throw) with view models that fill every
     * row and branch, and checks the engine resolved exactly the calls read from the source: so the static reading
     * misses nothing the engine does, and the scenarios reach every call. The same holds for calls on Jira's objects.
     */
    @ParameterizedTest
    @MethodSource("templates")
    void rendersEveryBranchCallingOnlyAllowlistedMethods(String template) throws IOException {
        boolean jira = DriFieldHarness.CONTEXTS.containsKey(template) || template.equals(Templates.DRI_HEALTH)
                || template.equals(Templates.DRI_REASSIGN);
        VelocityTemplateRenderer renderer = jira ? VelocityTemplateRenderer.forJira(true)
                : template.equals(Templates.RECORDING) || template.equals(Templates.HEALTH) || template.equals(Templates.REASSIGN)
                        || template.equals(Templates.SPACE_HEALTH) || template.equals(Templates.HEALTH_BODY)
                        || REASSIGN_PARTS.containsKey(template) || template.equals(Templates.SPACE_REASSIGN)
                        || template.equals(Templates.REASSIGN_CONFLUENCE_BODY)
                        ? VelocityTemplateRenderer.forConfluenceAction(true)
                : VelocityTemplateRenderer.withHostEscaping(true);
        StringBuilder html = new StringBuilder();
        for (Map<String, Object> context : scenarios(template)) {
            StringWriter out = new StringWriter();
            renderer.render(template, context, out);
            html.append(out);
        }

        Document document = Jsoup.parseBodyFragment(html.toString());
        assertThat(BRANCHES.get(template)).allSatisfy(branch -> assertThat(document.select(branch))
                .as("%s: the branch that prints %s", template, branch).isNotEmpty());
        if (Templates.parsesFragments(Templates.source(template))) {
            // A fragment's branches are taken where it is rendered on its own (its own case); here only some may apply.
            assertThat(calls(template)).as("calls read, the fragment's included").containsAll(renderer.calls());
            assertThat(renderer.calls()).as("calls the engine resolved").containsAll(
                    TemplateMethodCalls.readOwn(template, Templates.source(template), context(template)).ours());
        } else {
            assertThat(renderer.calls()).as("calls the engine resolved").isEqualTo(calls(template));
        }
        assertThat(renderer.hostCalls()).as("calls on Jira's objects the engine resolved").isEqualTo(hostCalls(template));
    }

    @Test
    void onlyTheEditTemplateTouchesJirasObjectsAndOnlyThroughTheDocumentedMembers() {
        Set<String> used = new TreeSet<>();
        for (String template : Templates.all()) {
            Set<String> host = hostCalls(template);
            if (!template.equals(Templates.DRI_EDIT)) {
                assertThat(host).as("calls on Jira's objects in %s", template).isEmpty();
            }
            used.addAll(host);
        }
        // Both ways, like our own allowlist: a documented member no template uses is an exception nobody needs.
        assertThat(used).isEqualTo(JiraHost.MEMBERS_OUR_TEMPLATES_USE);
    }

    /** edit.vm writes exactly the input and its empty datalist, with exactly these attributes; nothing slips in. */
    @Test
    void theEditTemplateWritesExactlyTheInputAndItsSuggestionList() {
        DomCheck.Vocabulary edit = DomCheck.Vocabulary.of(Templates.DRI_EDIT);

        assertThat(edit.tags()).isEqualTo(DomCheck.DRI_EDIT_TAGS);
        assertThat(edit.attributes()).isEqualTo(DomCheck.DRI_EDIT_ATTRIBUTES);
    }

    @Test
    void theDomCheckAddsOnlyClassesTheDriTemplatesAndJirasMacroStandInsWrite() {
        // The hover card's link classes are JiraLinks' constant, which the person fragment prints as the link's class.
        String driSources = DriFieldHarness.CONTEXTS.keySet().stream().map(Templates::withFragments).reduce("", String::concat)
                + "class=\"" + JiraLinks.below("").hoverCard().linkClasses() + "\"";
        assertThat(DomCheck.DRI_TEMPLATE_CLASSES).allSatisfy(cssClass -> assertThat(driSources).containsPattern(
                "class=\"([^\"]*\\s)?" + Pattern.quote(cssClass) + "(\\s[^\"]*)?\""));
        String macros = Templates.source(JiraHost.MACRO_LIBRARY);
        assertThat(DomCheck.JIRA_MACRO_CLASSES).allSatisfy(cssClass -> assertThat(macros).containsPattern(
                "class=\"([^\"]*\\s)?" + Pattern.quote(cssClass) + "(\\s[^\"]*)?\""));
    }

    @Test
    void aTemplateCallingAnUnlistedMethodFailsToRender() {
        VelocityTemplateRenderer renderer = VelocityTemplateRenderer.withHostEscaping(true);
        PanelView panel = panels(OutputMode.INTERACTIVE).get(0);

        assertThatThrownBy(() -> renderer.render("velocity/unlisted-call.vm", Map.of("panel", panel), new StringWriter()))
                .isInstanceOf(RenderingException.class)
                .hasCauseInstanceOf(AllowlistUberspect.DeniedCall.class)
                .hasMessageContaining(PanelView.class.getName() + "#getClass()");
    }

    /** A public method of our view model that the allowlist leaves out stays blocked on Jira's engine too. */
    @Test
    void aDriTemplateCallingAnUnlistedMethodOfOursFailsToRender() {
        Map<String, Object> context = DriFieldHarness.context(Templates.DRI_EDIT, driField("alice"), null, null, false);

        assertThatThrownBy(() -> VelocityTemplateRenderer.forJira(true)
                .render("velocity/unlisted-dri-call.vm", context, new StringWriter()))
                .isInstanceOf(RenderingException.class)
                .hasCauseInstanceOf(AllowlistUberspect.DeniedCall.class)
                .hasMessageContaining(DriFieldView.class.getName() + "#hashCode()");
    }

    /** Jira's objects are no way round the allowlist: an undocumented call on one fails, as Jira's allowlist would block it. */
    @Test
    void aDriTemplateCallingAnUndocumentedMemberOfJirasObjectsFailsToRender() {
        Map<String, Object> context = DriFieldHarness.context(Templates.DRI_EDIT, driField("alice"), null, null, false);

        assertThatThrownBy(() -> VelocityTemplateRenderer.forJira(true)
                .render("velocity/undocumented-host-call.vm", context, new StringWriter()))
                .isInstanceOf(RenderingException.class)
                .hasCauseInstanceOf(AllowlistUberspect.DeniedCall.class)
                .hasMessageContaining("com.atlassian.jira.issue.fields.CustomField#getClass()");
    }

    private static Set<String> calls(String template) {
        return TemplateMethodCalls.read(template, Templates.source(template), context(template)).ours();
    }

    private static Set<String> hostCalls(String template) {
        return TemplateMethodCalls.read(template, Templates.source(template), context(template)).host();
    }

    private static Map<String, Type> context(String template) {
        Map<String, Type> context = CONTEXTS.get(template);
        if (context == null) {
            throw new AssertionError(template + " is a template this test does not know: give it a context and branches");
        }
        return context;
    }

    private static Map<String, Map<String, Type>> contexts() {
        Map<String, Map<String, Type>> contexts = new HashMap<>(DriFieldHarness.CONTEXTS);
        contexts.put(Templates.PANEL, MACRO_CONTEXT);
        contexts.put(Templates.EXPORT, MACRO_CONTEXT);
        contexts.put(Templates.REPORT, REPORT_CONTEXT);
        contexts.put(Templates.REPORT_EXPORT, REPORT_CONTEXT);
        contexts.put(Templates.RECORDING, RECORDING_CONTEXT);
        contexts.put(Templates.HEALTH, HEALTH_CONTEXT);
        contexts.put(Templates.SPACE_HEALTH, SPACE_HEALTH_CONTEXT);
        contexts.put(Templates.HEALTH_BODY, HEALTH_BODY_CONTEXT);
        contexts.put(Templates.REASSIGN, REASSIGN_CONTEXT);
        contexts.put(Templates.SPACE_REASSIGN, SPACE_REASSIGN_CONTEXT);
        contexts.put(Templates.REASSIGN_CONFLUENCE_BODY, REASSIGN_BODY_CONTEXT);
        contexts.put(Templates.DRI_HEALTH, DRI_HEALTH_CONTEXT);
        contexts.put(Templates.DRI_REASSIGN, DRI_REASSIGN_CONTEXT);
        contexts.putAll(REASSIGN_PARTS);
        // What the templates that parse it have set: the person they list.
        contexts.put(Templates.PERSON, Map.of("person", PersonView.class));
        return Map.copyOf(contexts);
    }

    /** The contexts one template is rendered with, so that together they take every branch. */
    private static List<Map<String, Object>> scenarios(String template) {
        if (MODES.containsKey(template)) {
            return panels(MODES.get(template)).stream().map(panel -> Map.<String, Object>of("panel", panel)).toList();
        }
        if (REPORT_MODES.containsKey(template)) {
            return reports(REPORT_MODES.get(template)).stream().map(report -> Map.<String, Object>of("report", report)).toList();
        }
        if (template.equals(Templates.HEALTH)) {
            return HealthScreens.everyState(Locale.ENGLISH).stream().map(action -> Map.<String, Object>of("action", action)).toList();
        }
        if (template.equals(Templates.DRI_HEALTH)) {
            return DriHealthScreens.everyState(Locale.ENGLISH).stream().map(action -> Map.<String, Object>of("action", action)).toList();
        }
        if (template.equals(Templates.SPACE_HEALTH)) {
            return HealthScreens.everySpaceState(Locale.ENGLISH).stream().map(action -> Map.<String, Object>of("action", action)).toList();
        }
        if (template.equals(Templates.HEALTH_BODY)) {
            return Stream.concat(HealthScreens.everyState(Locale.ENGLISH).stream().map(HealthAdminAction::view),
                    Stream.concat(HealthScreens.everySpaceState(Locale.ENGLISH).stream().map(SpaceHealthAction::view),
                            DriHealthScreens.everyState(Locale.ENGLISH).stream().map(DriHealthAction::view)))
                    .map(view -> Map.<String, Object>of("view", view)).toList();
        }
        if (template.equals(Templates.REASSIGN)) {
            return HandoverScreens.everyState(Locale.ENGLISH).stream().map(action -> Map.<String, Object>of("action", action)).toList();
        }
        if (template.equals(Templates.SPACE_REASSIGN)) {
            return HandoverScreens.everySpaceState(Locale.ENGLISH).stream().map(action -> Map.<String, Object>of("action", action)).toList();
        }
        if (template.equals(Templates.REASSIGN_CONFLUENCE_BODY)) {
            return Stream.concat(HandoverScreens.everyState(Locale.ENGLISH).stream().map(HandoverAdminAction::view),
                    HandoverScreens.everySpaceState(Locale.ENGLISH).stream().map(SpaceHandoverAction::view))
                    .map(view -> Map.<String, Object>of("view", view)).toList();
        }
        if (template.equals(Templates.DRI_REASSIGN)) {
            return DriHandoverScreens.everyState(Locale.ENGLISH).stream().map(action -> Map.<String, Object>of("action", action)).toList();
        }
        if (REASSIGN_PARTS.containsKey(template)) {
            // Both products' screens in every state; each part gets what its screen sets, where the state has it.
            String name = REASSIGN_PARTS.get(template).keySet().iterator().next();
            return Stream.concat(Stream.concat(HandoverScreens.everyState(Locale.ENGLISH).stream().map(HandoverAdminAction::view),
                                    HandoverScreens.everySpaceState(Locale.ENGLISH).stream().map(SpaceHandoverAction::view)),
                            DriHandoverScreens.everyState(Locale.ENGLISH).stream().map(DriHandoverAction::view))
                    .map(view -> switch (name) {
                        case "job" -> view.job();
                        case "confirm" -> view.confirm();
                        default -> view.form();
                    })
                    .filter(java.util.Objects::nonNull).map(part -> Map.<String, Object>of(name, part)).toList();
        }
        if (template.equals(Templates.RECORDING)) {
            return RecordingScreens.everyState(Locale.ENGLISH).stream().map(action -> Map.<String, Object>of("action", action)).toList();
        }
        if (template.equals(Templates.PERSON)) {
            return people().stream().map(person -> Map.<String, Object>of("person", person)).toList();
        }
        if (template.equals(Templates.DRI_VALIDATOR)) {
            return List.of(DriFieldHarness.validatorContext(DriFieldHarness.validator()));
        }
        List<Map<String, Object>> contexts = new ArrayList<>();
        for (DriFieldView field : driFields()) {
            contexts.add(DriFieldHarness.context(template, field, null, null, false));
        }
        // The edit screen again: required, after a submit that Jira sends back with an error.
        contexts.add(DriFieldHarness.context(template, driField("alice"), "bob", Bundle.text("activity-lead.dri.error.deactivated"), true));
        return contexts;
    }

    /**
     * Three reports that together take every branch: a bad parameter (a message, no search), a table of a full activity
     * and an unreadable one with more matches than shown (the search link), and the people layout of the same.
     */
    private static List<ReportView> reports(OutputMode mode) {
        FakeUserDirectory users = new FakeUserDirectory().with(aPerson("alice"), aPerson("paula"), aPerson("dora").deactivated(),
                aPerson("bob"));
        OwnershipRecord full = OwnershipRecord.of(anActivity().status(Status.LIVE).ledBy(aPerson("alice")).pm(aPerson("paula"))
                .owner(aPerson("dora").deactivated()).reviewer(aPerson("bob")).reviewer(aPerson("alice")).reviewBy(TODAY.plusDays(3)).build());
        FakeActivitySearch search = new FakeActivitySearch().with(
                new ReportHit(0L, "Launch", "/display/ENG/Launch", "ENG", "Engineering", Optional.of(full)),
                new ReportHit(0L, "Unreadable", "javascript:void(0)", "ENG", "Engineering", Optional.empty()),
                new ReportHit(0L, "Left out", "/display/ENG/Left", "ENG", "Engineering", Optional.of(full)));
        ConfluenceLinks links = ConfluenceLinks.below(mode == OutputMode.INTERACTIVE ? "/wiki" : "https://wiki.example.com/wiki");
        ReportComposer composer = new ReportComposer(search, users, BundleTranslator.english(), links, links, mode, TODAY);
        Optional<UserRef> viewer = Optional.of(new UserRef("key-alice"));
        return List.of(composer.compose(Map.of("limit", "0"), "ENG", viewer),
                composer.compose(Map.of("limit", "2"), "ENG", viewer),
                composer.compose(Map.of("limit", "2", "layout", "people"), "ENG", viewer));
    }

    /** Everyone the fragment shows: on a live page of each product, on static output, deactivated and unknown. */
    private static List<PersonView> people() {
        Texts texts = new Texts(BundleTranslator.english());
        PersonViews confluence = new PersonViews(texts, ConfluenceLinks.below("/wiki"), true, "activity-lead.person.deactivated");
        PersonViews jira = new PersonViews(texts, JiraLinks.below("/jira"), true, "activity-lead.dri.inactive");
        PersonViews exported = new PersonViews(texts, ConfluenceLinks.below("https://wiki.example"), false, "activity-lead.person.deactivated");
        Person alice = aPerson("alice").build();
        return List.of(confluence.of(alice), jira.of(alice), exported.of(alice), confluence.of(aPerson("dora").deactivated().build()),
                jira.of(Person.unknown("JIRAUSER99999"), "(user key JIRAUSER99999)"));
    }

    /** What the person-showing templates print for an active DRI (link, avatar), a deactivated one, an unknown key, none. */
    private static List<String> driPersonBranches() {
        return List.of("span.activity-lead-person > a.user-hover[href][rel] > bdi", ".aui-avatar img[src]",
                "span.activity-lead-person-deactivated > span.activity-lead-person-state",
                "span.activity-lead-person-unknown > bdi", "span.activity-lead-person-unknown > span.activity-lead-person-state",
                "span.activity-lead-not-set");
    }

    /** The DRI field as DriViews builds it: an active DRI, a deactivated one, a stored key no user has, and none. */
    private static List<DriFieldView> driFields() {
        return List.of(driField("alice"), driField("dora"), new DriFieldHarness().field("JIRAUSER99999", null),
                new DriFieldHarness().field(null, null));
    }

    private static DriFieldView driField(String username) {
        Person user = Person.of("JIRAUSER1" + username.length(), username,
                Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Example", !username.equals("dora"), null);
        return new DriFieldHarness().field(user.key(), user);
    }

    /**
     * Two panels that together take every branch: one with every row (customer-facing status, a lead with avatar, a PM
     * in the background, a deactivated owner, an active, an unknown and a deactivated reviewer, a review date that
     * raises a message), and an empty one (no lead: "Not set" and a warning).
     */
    private static List<PanelView> panels(OutputMode mode) {
        FakeUserDirectory users = new FakeUserDirectory().with(
                aPerson("alice"), aPerson("paula"), aPerson("olga").deactivated(), aPerson("bob"), aPerson("dora").deactivated());
        PanelComposer composer = new PanelComposer(users, BundleTranslator.english(), ConfluenceLinks.below("/wiki"), mode, TODAY);
        Map<String, String> everyRow = Map.of(
                "status", "LIVE",
                "customerFacing", "true",
                "activityLead", "alice",
                "pm", "paula",
                "owner", "olga",
                "reviewers", "bob,ghost,dora",
                "reviewBy", TODAY.plusDays(3).toString());
        return List.of(composer.compose(everyRow), composer.compose(Map.of()));
    }
}
