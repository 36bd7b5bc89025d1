package org.activitylead.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.activitylead.core.people.Translator;

/**
 * The plugin's real i18n bundles, read the way a host reads them. A missing key fails the test instead of
 * printing the key, so every key the code uses is proven to exist.
 */
public final class BundleTranslator implements Translator {

    private final Locale locale;
    private final Properties bundle = new Properties();

    private BundleTranslator(Locale locale) {
        this.locale = locale;
        load("i18n/activity-lead.properties");
        if (!locale.getLanguage().equals("en")) {
            load("i18n/activity-lead_" + locale.getLanguage() + ".properties");
        }
    }

    public static BundleTranslator english() {
        return new BundleTranslator(Locale.ENGLISH);
    }

    public static BundleTranslator of(Locale locale) {
        return new BundleTranslator(locale);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String pattern(String key) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("missing i18n key " + key + " for " + locale);
        }
        return pattern;
    }

    private void load(String resource) {
        try (InputStream in = BundleTranslator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing bundle " + resource);
            }
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
