package org.activitylead.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.util.List;
import java.util.Optional;
import org.activitylead.core.dri.DriHealthSearch;
import org.activitylead.core.handover.HealthScreen;
import org.activitylead.core.handover.HealthView;
import org.activitylead.core.handover.HealthWording;
import org.activitylead.core.report.ActivitySearch;

/**
 * "DRI health" in Jira's administration: the issues whose DRI has been deactivated or is unknown, grouped by person,
 * and the issues without the DRI they need. Jira administrators see every project, project administrators the
 * projects they administer, checked on the server on every request; read only, and under the secure administrator
 * session (WebSudo) as Jira's own administration pages are.
 */
@WebSudoRequired
public class DriHealthAction extends JiraWebActionSupport {

    static final String SUCCESS = "success";

    private final JiraAuthenticationContext authentication;
    private final JiraAdmins admins;
    private final JiraDriIssues issues;
    private final JiraDriDirectory directory;
    private final JiraTranslations translations;
    private final ApplicationProperties applicationProperties;

    public DriHealthAction(@JiraImport JiraAuthenticationContext authentication, @JiraImport("salUserManager") UserManager userManager,
                           @JiraImport PermissionManager permissions, JiraDriIssues issues, JiraDriDirectory directory,
                           JiraTranslations translations, @JiraImport ApplicationProperties applicationProperties) {
        this.authentication = authentication;
        this.admins = new JiraAdmins(authentication, userManager, permissions);
        this.issues = issues;
        this.directory = directory;
        this.translations = translations;
        this.applicationProperties = applicationProperties;
    }

    /** Shows the screen to whoever may see some of it; Jira's "not permitted" page to anyone else. */
    @Override
    @SupportedMethods(RequestMethod.GET)
    protected String doExecute() {
        return scope().isPresent() ? SUCCESS : PERMISSION_VIOLATION_RESULT;
    }

    /** The screen's view model, for the template: searched, as the viewer and in their scope, when it renders. */
    public HealthView view() {
        ApplicationUser viewer = authentication.getLoggedInUser();
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        JiraLinks links = JiraLinks.below(base);
        HealthScreen screen = new HealthScreen(directory, translations.translator(), links, links::page, DriHandoverLinks.below(base), HealthWording.ISSUES);
        Optional<DriHealthSearch> scope = scope();
        return screen.compose(() -> scope.map(permitted -> issues.find(viewer, permitted, HealthScreen.LIMIT))
                .orElseGet(() -> new ActivitySearch.Found(List.of(), 0)), null, false, null);
    }

    /** Every project for a Jira administrator, the administered ones for a project administrator; never an anonymous user. */
    Optional<DriHealthSearch> scope() {
        return admins.current().map(JiraAdmins.Admin::scope);
    }
}
