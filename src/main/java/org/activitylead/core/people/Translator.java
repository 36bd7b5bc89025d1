package org.activitylead.core.people;

import java.util.Locale;

/** Port to the host's i18n bundles, for the viewer's locale. */
public interface Translator {

    Locale locale();

    /** The unformatted {@link java.text.MessageFormat} pattern of a key. */
    String pattern(String key);
}
