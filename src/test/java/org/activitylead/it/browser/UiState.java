package org.activitylead.it.browser;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.panel.Status;

/**
 * One state of the app's UI as a person would meet it: the HTML the app produced, where it is shown, and what a
 * person must see there. {@code shown} maps each text to the number of times it must appear, exactly;
 * {@code fieldValue} is what an edit screen's input must hold.
 */
record UiState(String id, String group, String title, Surface surface, Locale locale, String html,
        Map<String, Integer> shown, Optional<Status> status, Optional<String> fieldValue) {

    UiState {
        shown = Map.copyOf(shown);
    }

    static Builder state(String id, String group, String title) {
        return new Builder(id, group, title);
    }

    @Override
    public String toString() {
        return id;
    }

    static final class Builder {
        private final String id;
        private final String group;
        private final String title;
        private Locale locale = Locale.ENGLISH;
        private final Map<String, Integer> shown = new LinkedHashMap<>();
        private Status status;
        private String fieldValue;

        private Builder(String id, String group, String title) {
            this.id = id;
            this.group = group;
            this.title = title;
        }

        Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        Builder shows(String text) {
            return shows(text, 1);
        }

        Builder shows(String text, int times) {
            shown.put(text, times);
            return this;
        }

        Builder lozenge(Status status) {
            this.status = status;
            return this;
        }

        Builder fieldValue(String value) {
            this.fieldValue = value;
            return this;
        }

        Locale locale() {
            return locale;
        }

        UiState html(Surface surface, String html) {
            return new UiState(id, group, title, surface, locale, html, shown, Optional.ofNullable(status),
                    Optional.ofNullable(fieldValue));
        }
    }
}
