package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import java.util.Locale;
import org.activitylead.core.people.Translator;
import org.junit.jupiter.api.Test;

class ConfluenceTranslationsTest {

    private final I18nResolver i18nResolver = mock(I18nResolver.class);
    private final LocaleResolver localeResolver = mock(LocaleResolver.class);

    @Test
    void readsRawPatternsInTheViewersLocale() {
        when(localeResolver.getLocale()).thenReturn(Locale.GERMAN);
        when(i18nResolver.getRawText(Locale.GERMAN, "activity-lead.not-set")).thenReturn("Nicht festgelegt");

        Translator translator = new ConfluenceTranslations(i18nResolver, localeResolver).forViewer();

        assertThat(translator.locale()).isEqualTo(Locale.GERMAN);
        assertThat(translator.pattern("activity-lead.not-set")).isEqualTo("Nicht festgelegt");
    }

    @Test
    void fallsBackToEnglishWithoutALocale() {
        assertThat(new ConfluenceTranslations(i18nResolver, localeResolver).forViewer().locale()).isEqualTo(Locale.ENGLISH);
    }
}
