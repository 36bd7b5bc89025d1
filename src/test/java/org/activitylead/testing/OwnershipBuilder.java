package org.activitylead.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activitylead.core.panel.Ownership;
import org.activitylead.core.panel.ParameterProblem;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.Person;

/** Test data: an activity as the rules see it, without a page or a parser. Draft, nobody named, unless told. */
public final class OwnershipBuilder {

    private Status status = Status.DRAFT;
    private final List<Person> leads = new ArrayList<>();
    private Person pm;
    private Person owner;
    private final List<Person> reviewers = new ArrayList<>();
    private boolean customerFacing;
    private LocalDate reviewBy;
    private final List<ParameterProblem> problems = new ArrayList<>();

    private OwnershipBuilder() {
    }

    public static OwnershipBuilder anActivity() {
        return new OwnershipBuilder();
    }

    public OwnershipBuilder ledBy(PersonBuilder... people) {
        for (PersonBuilder person : people) {
            leads.add(person.build());
        }
        return this;
    }

    public OwnershipBuilder ledBy(Person person) {
        leads.add(person);
        return this;
    }

    public OwnershipBuilder pm(PersonBuilder person) {
        return pm(person.build());
    }

    public OwnershipBuilder pm(Person person) {
        pm = person;
        return this;
    }

    public OwnershipBuilder owner(PersonBuilder person) {
        return owner(person.build());
    }

    public OwnershipBuilder owner(Person person) {
        owner = person;
        return this;
    }

    public OwnershipBuilder status(Status status) {
        this.status = status;
        return this;
    }

    public OwnershipBuilder reviewer(PersonBuilder person) {
        reviewers.add(person.build());
        return this;
    }

    public OwnershipBuilder customerFacing() {
        customerFacing = true;
        return this;
    }

    public OwnershipBuilder reviewBy(LocalDate date) {
        reviewBy = date;
        return this;
    }

    public OwnershipBuilder problem(ParameterProblem problem) {
        problems.add(problem);
        return this;
    }

    public Ownership build() {
        return new Ownership(Optional.ofNullable(status), leads, Optional.ofNullable(pm), Optional.ofNullable(owner), reviewers,
                customerFacing, Optional.ofNullable(reviewBy), problems);
    }
}
