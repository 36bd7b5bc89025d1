package org.activitylead.core.dri;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.activitylead.core.people.UserRef;

/**
 * What a write path submitted for the DRI field, whatever its shape: one form value, a repeated parameter, a bulk-edit
 * map entry or a REST string. Exactly one trimmed user name or key is a candidate; anything else is named precisely.
 */
public sealed interface DriInput {

    /** Longer text is never a Jira user name or key. */
    int MAX_LENGTH = UserRef.MAX_LENGTH;

    /** Values some Jira pickers use for "nobody" or "automatic"; they never name a DRI. */
    Set<String> SPECIAL_VALUES = Set.of("-1", "none", "null", "unassigned", "undefined", "automatic", "[]", "{}");

    /** No value at all. */
    record Empty() implements DriInput {
    }

    /** One candidate, trimmed, to look up exactly as written. */
    record Candidate(UserRef ref) implements DriInput {
    }

    /** More than one value: an epic has exactly one DRI. */
    record Several() implements DriInput {
    }

    /** Text that cannot name a user (special value, control characters, too long). Never echoed back. */
    record NotAUser() implements DriInput {
    }

    static DriInput of(Collection<?> rawValues) {
        List<String> values = new ArrayList<>();
        if (rawValues != null) {
            for (Object raw : rawValues) {
                if (raw instanceof Collection<?> nested) {
                    nested.forEach(value -> add(values, value));
                } else {
                    add(values, raw);
                }
            }
        }
        if (values.isEmpty()) {
            return new Empty();
        }
        if (values.size() > 1) {
            return new Several();
        }
        return candidate(values.get(0));
    }

    private static void add(List<String> values, Object raw) {
        if (raw == null) {
            return;
        }
        for (String part : String.valueOf(raw).split("[,;\\r\\n]", -1)) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                values.add(trimmed);
            }
        }
    }

    private static DriInput candidate(String value) {
        boolean special = SPECIAL_VALUES.contains(value.toLowerCase(Locale.ROOT));
        boolean unprintable = value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
        return special || unprintable || value.length() > MAX_LENGTH ? new NotAUser() : new Candidate(new UserRef(value));
    }
}
