package org.activitylead.core.view;

import java.util.List;

/** A row of people (Activity Lead, PM, Owner, Reviewers). {@code emptyHtml} shows when nobody is named. */
public record PeopleRowView(String labelHtml, List<PersonView> people, String emptyHtml, String noteHtml) {

    public PeopleRowView {
        people = List.copyOf(people);
    }
}
