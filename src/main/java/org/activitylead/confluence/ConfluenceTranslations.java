package org.activitylead.confluence;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import org.activitylead.core.people.Translator;

/** The plugin's i18n bundle through SAL, fixed to the viewer's locale for one render. */
@ConfluenceComponent
public class ConfluenceTranslations {

    private final I18nResolver i18nResolver;
    private final LocaleResolver localeResolver;

    public ConfluenceTranslations(@ConfluenceImport I18nResolver i18nResolver, @ConfluenceImport LocaleResolver localeResolver) {
        this.i18nResolver = i18nResolver;
        this.localeResolver = localeResolver;
    }

    public Translator forViewer() {
        return in(localeResolver.getLocale());
    }

    /** For a user who is not the one asking now: the administrator a background job acts as. */
    public Translator forUser(UserKey user) {
        return in(localeResolver.getLocale(user));
    }

    private Translator in(Locale locale) {
        Locale viewerLocale = locale == null ? Locale.ENGLISH : locale;
        return new Translator() {
            @Override
            public Locale locale() {
                return viewerLocale;
            }

            @Override
            public String pattern(String key) {
                return i18nResolver.getRawText(viewerLocale, key);
            }
        };
    }
}
