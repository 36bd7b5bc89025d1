package org.activitylead.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.activitylead.core.dri.ValidatorView;
import org.activitylead.testing.jira.JiraI18n;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The validator's screens in the workflow editor: the same translated, encoded summary on add, edit and view. */
class DriValidatorFactoryTest {

    private final AbstractDescriptor descriptor = new ValidatorDescriptor();

    static Stream<Locale> locales() {
        return Stream.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);
    }

    private static ValidatorView summaryOn(String screen, DriValidatorFactory factory, AbstractDescriptor descriptor) {
        Map<String, Object> params = new HashMap<>();
        switch (screen) {
            case "input" -> factory.getVelocityParamsForInput(params);
            case "edit" -> factory.getVelocityParamsForEdit(params, descriptor);
            case "view" -> factory.getVelocityParamsForView(params, descriptor);
            default -> throw new IllegalArgumentException(screen);
        }
        assertThat(params).containsOnlyKeys("driValidator");
        return (ValidatorView) params.get("driValidator");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void showsTheTranslatedRuleOnEveryScreen(Locale locale) {
        DriValidatorFactory factory = new DriValidatorFactory(JiraI18n.translations(locale));
        String summary = JiraI18n.text(locale, "activity-lead.dri.validator.summary");

        for (String screen : new String[] {"input", "edit", "view"}) {
            assertThat(summaryOn(screen, factory, descriptor).summaryHtml()).as(screen).isEqualTo(summary).isNotBlank();
        }
    }

    @Test
    void encodesTheSummaryForHtml() {
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getLocale()).thenReturn(Locale.ENGLISH);
        when(i18n.getText(anyString())).thenReturn("<b>Tom & \"Jerry\"</b>\u202E");
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        when(context.getI18nHelper()).thenReturn(i18n);

        assertThat(summaryOn("view", new DriValidatorFactory(new JiraTranslations(context)), descriptor).summaryHtml())
                .isEqualTo("&lt;b&gt;Tom &amp; &#34;Jerry&#34;&lt;/b&gt;");
    }

    @Test
    void storesNoSettingsWhateverTheFormSends() {
        DriValidatorFactory factory = new DriValidatorFactory(JiraI18n.translations(Locale.ENGLISH));
        Map<String, Object> form = new HashMap<>();
        form.put("class.name", "java.lang.Runtime");
        form.put("field", new String[] {"<img src=x onerror=alert(1)>"});

        assertThat(factory.getDescriptorParams(form)).isEmpty();
        assertThat(factory.getDescriptorParams(Map.of())).isEmpty();
    }
}
