package org.activitylead.core.panel;

import java.util.List;
import org.activitylead.core.people.PersonView;

/** A row of people (Activity Lead, PM, Owner, Reviewers). {@code emptyHtml} shows when nobody is named. */
public record PeopleRowView(String labelHtml, List<PersonView> people, String emptyHtml, String noteHtml) {

    public PeopleRowView {
        people = List.copyOf(people);
    }
}
