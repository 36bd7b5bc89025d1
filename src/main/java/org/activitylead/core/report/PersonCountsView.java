package org.activitylead.core.report;

import java.util.List;
import org.activitylead.core.people.PersonView;

/** One row of the people layout: a person, and how many of the matching activities they lead, manage, own and review. */
public record PersonCountsView(PersonView person, List<CountView> counts) {

    public PersonCountsView {
        counts = List.copyOf(counts);
    }
}
