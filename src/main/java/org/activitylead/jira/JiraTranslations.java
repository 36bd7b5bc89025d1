package org.activitylead.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import java.util.Locale;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;

/** The plugin's i18n bundle through Jira, in the current user's language. */
@JiraComponent
public class JiraTranslations {

    private final JiraAuthenticationContext authenticationContext;

    public JiraTranslations(@JiraImport JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Texts forCurrentUser() {
        return new Texts(translator());
    }

    /** The current user's language, for the core's screens that take a translator. */
    public Translator translator() {
        I18nHelper i18n = authenticationContext.getI18nHelper();
        Locale locale = i18n.getLocale() == null ? Locale.ENGLISH : i18n.getLocale();
        return new Translator() {
            @Override
            public Locale locale() {
                return locale;
            }

            /** Without arguments Jira's text is the pattern itself: none of our patterns has a quote to unescape. */
            @Override
            public String pattern(String key) {
                return i18n.getText(key);
            }
        };
    }
}
