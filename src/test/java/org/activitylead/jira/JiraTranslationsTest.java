package org.activitylead.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.activitylead.core.people.Texts;
import org.activitylead.testing.I18nBundle;
import org.activitylead.testing.PluginDescriptor;
import org.activitylead.testing.jira.JiraI18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JiraTranslationsTest {

    static Stream<Locale> locales() {
        return Stream.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void readsThePluginsBundleInTheCurrentUsersLanguage(Locale locale) {
        Texts texts = new JiraTranslations(JiraI18n.authenticationContext(locale)).forCurrentUser();

        assertThat(texts.text("activity-lead.dri.error.several")).isEqualTo(JiraI18n.text(locale, "activity-lead.dri.error.several"));
        assertThat(texts.text("activity-lead.dri.inactive")).isEqualTo(Map.of(
                Locale.ENGLISH, "(inactive)", Locale.GERMAN, "(inaktiv)", Locale.FRENCH, "(inactif)").get(locale));
        LocalDate date = LocalDate.of(2026, 3, 31);
        assertThat(texts.date(date)).isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date));
    }

    @Test
    void fillsArgumentsIntoJirasPattern() {
        Texts texts = new JiraTranslations(JiraI18n.authenticationContext(Locale.GERMAN)).forCurrentUser();

        assertThat(texts.text("activity-lead.dri.unknown-key", "JIRAUSER99999")).isEqualTo("(Benutzerschl\u00fcssel JIRAUSER99999)");
        assertThat(texts.text("activity-lead.dri.unknown-key", "'{0}' <b>")).isEqualTo("(Benutzerschl\u00fcssel '{0}' <b>)");
    }

    @Test
    void fallsBackToEnglishWithoutALocaleAndAsksJiraForEachText() {
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString())).thenAnswer(call -> "text of " + call.getArgument(0));
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        when(context.getI18nHelper()).thenReturn(i18n);

        Texts texts = new JiraTranslations(context).forCurrentUser();

        assertThat(texts.text("activity-lead.dri.none")).isEqualTo("text of activity-lead.dri.none");
        LocalDate date = LocalDate.of(2026, 1, 31);
        assertThat(texts.date(date)).isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(date));
    }

    @Test
    void asksForTheCurrentUsersLanguageEachTime() {
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        I18nHelper english = JiraI18n.authenticationContext(Locale.ENGLISH).getI18nHelper();
        I18nHelper french = JiraI18n.authenticationContext(Locale.FRENCH).getI18nHelper();
        when(context.getI18nHelper()).thenReturn(english, french);
        JiraTranslations translations = new JiraTranslations(context);

        assertThat(translations.forCurrentUser().text("activity-lead.dri.none")).isEqualTo("None");
        assertThat(translations.forCurrentUser().text("activity-lead.dri.none")).isEqualTo("Aucun");
    }

    /**
     * Jira's {@code getText(key)} already applies MessageFormat, which turns {@code ''} into {@code '}; a second
     * formatting pass (arguments) would then read that quote as an escape. No DRI text has an ASCII quote, so both
     * passes leave the text as written.
     */
    @Test
    void noDriTextHasAQuoteThatJirasFormattingWouldUnescape() {
        for (I18nBundle bundle : I18nBundle.all(PluginDescriptor.load())) {
            Map<String, String> driTexts = new TreeMap<>(bundle.entries());
            driTexts.keySet().removeIf(key -> !key.startsWith("activity-lead.dri.") && !key.equals("activity-lead.person.unknown"));
            assertThat(driTexts).as(bundle.toString()).hasSizeGreaterThan(10)
                    .allSatisfy((key, value) -> assertThat(value).as(bundle + " " + key).doesNotContain("'"));
        }
    }
}
