package org.activitylead.it.browser;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.confluence.ActivityLeadReportMacro;
import org.activitylead.confluence.HandoverAdminAction;
import org.activitylead.confluence.HealthAdminAction;
import org.activitylead.confluence.RecordingAdminAction;
import org.activitylead.confluence.SpaceHandoverAction;
import org.activitylead.confluence.SpaceHealthAction;
import org.activitylead.core.dri.DriFieldView;
import org.activitylead.core.dri.DriViews;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.Texts;
import org.activitylead.core.report.ReportHit;
import org.activitylead.jira.DriHandoverAction;
import org.activitylead.jira.DriHealthAction;
import org.activitylead.jira.JiraLinks;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.Conversions;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.velocity.DriFieldHarness;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.activitylead.velocity.VelocityTemplateRenderer;

/**
 * The app's HTML as the products hand it to a browser: the macro run end to end (real Velocity, the viewer's locale
 * from the plugin's bundles, Confluence below {@link TestSite#CONFLUENCE}), and the DRI field's templates with the view
 * model DriCFType builds (Jira below {@link TestSite#JIRA}). The host escapes references, as its template renderer does.
 */
final class Renders {

    static final String EXPORT_BASE = "https://wiki.example.com/wiki";

    private static final VelocityTemplateRenderer CONFLUENCE_RENDERER = VelocityTemplateRenderer.withHostEscaping(true);
    private static final VelocityTemplateRenderer JIRA_RENDERER = VelocityTemplateRenderer.forJira(true);
    private static final VelocityTemplateRenderer ACTION_RENDERER = VelocityTemplateRenderer.forConfluenceAction(true);

    private Renders() {
    }

    /** The macro's output for a page view ("display") or an export ("pdf", "word", "email"). */
    static String macro(Map<String, String> parameters, Locale locale, String outputType, Person... people) {
        ConfluenceHost host = ConfluenceHost.in(locale, TestSite.CONFLUENCE, EXPORT_BASE);
        return render(new ActivityLeadMacro(CONFLUENCE_RENDERER, host.pageBuilder(), host.properties(),
                new FakeUserDirectory().with(people), host.translations()), parameters, outputType);
    }

    /** The report macro's output, read by the first of {@code people}, over these search hits and the users they name. */
    static String report(Map<String, String> parameters, Locale locale, String outputType, List<ReportHit> hits, Person... people) {
        ConfluenceHost host = ConfluenceHost.in(locale, TestSite.CONFLUENCE, EXPORT_BASE);
        UserManager users = mock(UserManager.class, withSettings().stubOnly());
        when(users.getRemoteUserKey()).thenReturn(new UserKey(people.length == 0 ? "key-alice" : people[0].key()));
        return render(new ActivityLeadReportMacro(CONFLUENCE_RENDERER, host.pageBuilder(), host.properties(), users,
                new FakeUserDirectory().with(people), new FakeActivitySearch().with(hits.toArray(ReportHit[]::new)),
                host.translations()), parameters, outputType);
    }

    /**
     * The recording screen as an administrator sees it inside Confluence's admin decorator, which keeps the body of the
     * action's page and puts its own chrome around it.
     */
    static String recording(RecordingAdminAction action) {
        return adminScreen("templates/activity-lead-recording.vm", action);
    }

    /** The health screen, as {@link #recording} shows the recording screen. */
    static String health(HealthAdminAction action) {
        return adminScreen("templates/activity-lead-health.vm", action);
    }

    /** The space tools' health screen, as {@link #health} shows the site's. */
    static String spaceHealth(SpaceHealthAction action) {
        return adminScreen("templates/activity-lead-space-health.vm", action);
    }

    /** One space's reassignment screen, from its space tools. */
    static String spaceReassign(SpaceHandoverAction action) {
        return adminScreen("templates/activity-lead-space-reassign.vm", action);
    }

    /** The reassignment screen, as {@link #recording} shows the recording screen. */
    static String reassign(HandoverAdminAction action) {
        return adminScreen("templates/activity-lead-reassign.vm", action);
    }

    /** Jira's DRI health screen inside Jira's admin decorator, which likewise keeps the body of the action's page. */
    static String driHealth(DriHealthAction action) {
        return adminScreen(JIRA_RENDERER, "templates/dri/health.vm", action);
    }

    /** Jira's DRI reassignment screen inside Jira's admin decorator. */
    static String driReassign(DriHandoverAction action) {
        return adminScreen(JIRA_RENDERER, "templates/dri/reassign.vm", action);
    }

    private static String adminScreen(String template, Object action) {
        return adminScreen(ACTION_RENDERER, template, action);
    }

    private static String adminScreen(VelocityTemplateRenderer renderer, String template, Object action) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, Map.of("action", action), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document page = Jsoup.parse(out.toString());
        // The decorator (SiteMesh) takes each <content tag> block out of the page for its own chrome.
        page.select("content").remove();
        return page.body().html();
    }

    private static String render(Macro macro, Map<String, String> parameters, String outputType) {
        try {
            return macro.execute(parameters, "", Conversions.rendering(outputType));
        } catch (MacroExecutionException e) {
            throw new AssertionError("the macro failed to render", e);
        }
    }

    /** One of the DRI field's templates for a stored key and the user it names (null: unknown key, or none stored). */
    static String driField(String template, Locale locale, String storedKey, Person dri, Object submitted, String error,
            boolean required) {
        DriFieldView field = new DriViews(new Texts(BundleTranslator.of(locale)), JiraLinks.below(TestSite.JIRA))
                .field(DriFieldHarness.FIELD_ID, storedKey == null ? null : dri != null ? dri : Person.unknown(storedKey));
        StringWriter out = new StringWriter();
        try {
            JIRA_RENDERER.render(template, DriFieldHarness.context(template, field, submitted, error, required), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
