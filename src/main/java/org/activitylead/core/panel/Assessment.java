package org.activitylead.core.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activitylead.core.people.Person;

/**
 * What the rules say about one activity: the findings in the order the panel shows them, who can name an Activity
 * Lead, and whether a PM supports a lead who is someone else.
 */
public record Assessment(List<Finding> findings, Optional<Person> contact, boolean pmSupportsInBackground) {

    public Assessment {
        findings = List.copyOf(findings);
        Objects.requireNonNull(contact, "contact");
    }

    /** The same assessment with this finding shown before the others. */
    public Assessment after(Finding first) {
        List<Finding> all = new ArrayList<>();
        all.add(first);
        all.addAll(findings);
        return new Assessment(all, contact, pmSupportsInBackground);
    }
}
