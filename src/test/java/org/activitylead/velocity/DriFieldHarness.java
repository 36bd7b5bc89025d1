package org.activitylead.velocity;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activitylead.jira.JiraLinks;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Person;
import org.activitylead.core.dri.DriViews;
import org.activitylead.core.dri.DriFieldView;
import org.activitylead.core.dri.ValidatorView;
import org.activitylead.jira.DriValidatorFactory;
import org.activitylead.jira.JiraTranslations;

/**
 * The Jira DRI field's templates as Jira renders them: view models built by the production code (DriViews with the
 * plugin's English bundle and a Jira below {@value #BASE_URL}; the validator's through DriValidatorFactory itself),
 * the context Jira adds for the edit screen ({@link JiraHost}), and the real Velocity engine with host escaping on
 * or off.
 */
public final class DriFieldHarness {

    static final String BASE_URL = "/jira";
    public static final String FIELD_ID = "customfield_10100";
    /** Admin-chosen texts Jira's own macros print; fixed, because keeping them safe is Jira's part, not ours. */
    static final String FIELD_NAME = "DRI";
    static final String FIELD_DESCRIPTION = "The one person directly responsible for this epic.";

    /** The customfield-type's templates; validator.vm belongs to the workflow validator. */
    static final List<String> FIELD_TEMPLATES =
            List.of(Templates.DRI_VIEW, Templates.DRI_XML, Templates.DRI_EDIT);

    /** The typed context each DRI template gets, for the static reading of its calls. */
    static final Map<String, Map<String, Type>> CONTEXTS = Map.of(
            Templates.DRI_VIEW, Map.of("dri", DriFieldView.class),
            Templates.DRI_XML, Map.of("dri", DriFieldView.class),
            Templates.DRI_EDIT, editContextTypes(),
            Templates.DRI_VALIDATOR, Map.of("driValidator", ValidatorView.class));

    private final DriViews views = new DriViews(new Texts(Bundle.english()), JiraLinks.below(BASE_URL));
    private final VelocityTemplateRenderer escaping = VelocityTemplateRenderer.forJira(true);
    private final VelocityTemplateRenderer notEscaping = VelocityTemplateRenderer.forJira(false);

    /** The view model DriCFType hands every field template, from the stored key and the user it names (or null). */
    DriFieldView field(String storedKey, Person dri) {
        return views.field(FIELD_ID, storedKey == null ? null : dri != null ? dri : Person.unknown(storedKey));
    }

    /** What DriValidatorFactory puts into the validator's view, add and edit screens, in English. */
    static ValidatorView validator() {
        I18nHelper i18n = mock(I18nHelper.class, withSettings().stubOnly());
        when(i18n.getLocale()).thenReturn(Locale.ENGLISH);
        when(i18n.getText(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> Bundle.english().pattern(call.getArgument(0)));
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class, withSettings().stubOnly());
        when(authentication.getI18nHelper()).thenReturn(i18n);
        Map<String, Object> parameters = new HashMap<>();
        new DriValidatorFactory(new JiraTranslations(authentication)) {
            {
                getVelocityParamsForView(parameters, null);
            }
        };
        return (ValidatorView) parameters.get("driValidator");
    }

    /**
     * The context of a field template: the view model alone, and for edit.vm also Jira's objects. {@code submitted} is
     * Jira's {@code $value} (null when nothing was submitted), {@code error} the field error of the last submit.
     */
    public static Map<String, Object> context(String template, DriFieldView field, Object submitted, String error, boolean required) {
        Map<String, Object> context = new HashMap<>();
        context.put("dri", field);
        if (template.equals(Templates.DRI_EDIT)) {
            context.put("customField", new JiraHost.CustomField(FIELD_ID, FIELD_NAME));
            context.put("fieldLayoutItem", new JiraHost.FieldLayoutItem(required, FIELD_DESCRIPTION));
            context.put("action", new JiraHost.Action(error == null ? Map.of() : Map.of(FIELD_ID, error)));
            context.put("displayParameters", Map.of());
            context.put("auiparams", Map.of());
            context.put("value", submitted);
        }
        return context;
    }

    static Map<String, Object> validatorContext(ValidatorView validator) {
        return Map.of("driValidator", validator);
    }

    String render(String template, Map<String, Object> context, boolean hostEscaping) {
        StringWriter out = new StringWriter();
        try {
            (hostEscaping ? escaping : notEscaping).render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, Type> editContextTypes() {
        Map<String, Type> types = new HashMap<>(JiraHost.EDIT_VARIABLES);
        types.put("dri", DriFieldView.class);
        return Map.copyOf(types);
    }
}
