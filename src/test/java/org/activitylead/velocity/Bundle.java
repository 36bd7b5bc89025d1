package org.activitylead.velocity;

import java.text.MessageFormat;
import java.util.Locale;
import org.activitylead.core.panel.Ownership;
import org.activitylead.core.panel.Parameter;
import org.activitylead.core.panel.ParameterProblem;
import org.activitylead.testing.BundleTranslator;

/** The English texts the panel is expected to show, formatted from the plugin's own bundle. */
final class Bundle {

    private static final BundleTranslator ENGLISH = BundleTranslator.english();

    private Bundle() {
    }

    static BundleTranslator english() {
        return ENGLISH;
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(ENGLISH.pattern(key), Locale.ENGLISH).format(arguments);
    }

    static String label(Parameter parameter) {
        return text(parameter.labelKey());
    }

    /** The translated parameter error: it names the parameter, never its value. */
    static String problem(Parameter parameter, ParameterProblem.Kind kind) {
        return kind == ParameterProblem.Kind.TOO_MANY_REVIEWERS
                ? text(kind.messageKey(), label(parameter), Ownership.MAX_REVIEWERS) : text(kind.messageKey(), label(parameter));
    }
}
