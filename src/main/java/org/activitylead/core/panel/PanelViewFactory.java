package org.activitylead.core.panel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.PersonViews;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Texts;

/** Maps an activity and its assessment to the panel's view model: the rows people read, as in a page-properties table. */
public final class PanelViewFactory {

    private final Texts texts;
    private final PersonViews people;

    public PanelViewFactory(Texts texts, ProductLinks links, OutputMode mode) {
        this.texts = texts;
        this.people = new PersonViews(texts, links, mode == OutputMode.INTERACTIVE, "activity-lead.person.deactivated");
    }

    public PanelView create(Ownership ownership, Assessment assessment) {
        return new PanelView(
                ownership.status().map(status -> status(status, ownership.customerFacing())).orElse(null),
                peopleRows(ownership, assessment),
                ownership.reviewBy().map(date -> new DateRowView(
                        label(Parameter.REVIEW_BY), Html.encode(date.toString()), Html.encode(texts.date(date)))).orElse(null),
                assessment.findings().stream().map(this::message).toList());
    }

    private StatusView status(Status status, boolean customerFacing) {
        return new StatusView(
                label(Parameter.STATUS),
                status.lozenge().cssClasses(),
                Html.encode(texts.text(status.messageKey())),
                customerFacing ? Html.encode(texts.text("activity-lead.customer-facing")) : null);
    }

    private List<PeopleRowView> peopleRows(Ownership ownership, Assessment assessment) {
        PeopleRowView lead = new PeopleRowView(label(Parameter.ACTIVITY_LEAD), ownership.lead().map(people::of).stream().toList(),
                ownership.lead().isPresent() ? null : Html.encode(texts.text("activity-lead.not-set")), null);
        String background = assessment.pmSupportsInBackground() ? Html.encode(texts.text("activity-lead.pm.background")) : null;
        Optional<PeopleRowView> pm = ownership.pm().map(person -> new PeopleRowView(label(Parameter.PM), List.of(people.of(person)),
                null, background));
        Optional<PeopleRowView> owner = ownership.owner().map(person -> row(Parameter.OWNER, List.of(person)));
        Optional<PeopleRowView> reviewers = ownership.reviewers().isEmpty()
                ? Optional.empty() : Optional.of(row(Parameter.REVIEWERS, ownership.reviewers()));
        return Stream.of(Optional.of(lead), pm, owner, reviewers).flatMap(Optional::stream).toList();
    }

    private PeopleRowView row(Parameter parameter, List<Person> persons) {
        return new PeopleRowView(label(parameter), persons.stream().map(people::of).toList(), null, null);
    }

    private MessageView message(Finding finding) {
        String text = finding.message().in(texts) + finding.ask().map(ask -> " " + ask.in(texts)).orElse("");
        return new MessageView("aui-message aui-message-" + finding.severity().name().toLowerCase(Locale.ROOT), Html.encode(text));
    }

    private String label(Parameter parameter) {
        return Html.encode(texts.text(parameter.labelKey()));
    }
}
