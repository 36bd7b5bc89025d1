package org.activitylead.core.view;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.activitylead.core.Finding;
import org.activitylead.core.Links;
import org.activitylead.core.Member;
import org.activitylead.core.OutputMode;
import org.activitylead.core.Ownership;
import org.activitylead.core.OwnershipRules;
import org.activitylead.core.Parameter;
import org.activitylead.core.Person;
import org.activitylead.core.Status;
import org.activitylead.core.Texts;

/** Builds the panel's view model: the rows people read, in the order of a page-properties table. */
public final class PanelViewFactory {

    private final Texts texts;
    private final Links links;
    private final OutputMode mode;

    public PanelViewFactory(Texts texts, Links links, OutputMode mode) {
        this.texts = texts;
        this.links = links;
        this.mode = mode;
    }

    public PanelView create(Ownership ownership, List<Finding> findings) {
        Optional<Member> contact = OwnershipRules.contact(ownership);
        return new PanelView(
                ownership.status().map(status -> status(status, ownership.customerFacing())).orElse(null),
                peopleRows(ownership),
                ownership.reviewBy().map(date -> new DateRowView(
                        label(Parameter.REVIEW_BY), Html.encode(date.toString()), Html.encode(texts.date(date)))).orElse(null),
                findings.stream().map(finding -> message(finding, contact)).toList());
    }

    private StatusView status(Status status, boolean customerFacing) {
        return new StatusView(
                label(Parameter.STATUS),
                status.lozenge().cssClasses(),
                Html.encode(texts.text(status.messageKey())),
                customerFacing ? Html.encode(texts.text("activity-lead.customer-facing")) : null);
    }

    private List<PeopleRowView> peopleRows(Ownership ownership) {
        String leadEmpty = Html.encode(texts.text("activity-lead.not-set"));
        PeopleRowView lead = new PeopleRowView(label(Parameter.ACTIVITY_LEAD),
                ownership.lead().map(this::person).stream().toList(), ownership.lead().isPresent() ? null : leadEmpty, null);
        Optional<PeopleRowView> pm = ownership.pm().map(member -> new PeopleRowView(label(Parameter.PM), List.of(person(member)),
                null, OwnershipRules.pmSupportsInBackground(ownership) ? Html.encode(texts.text("activity-lead.pm.background")) : null));
        Optional<PeopleRowView> owner = ownership.owner().map(member -> row(Parameter.OWNER, List.of(member)));
        Optional<PeopleRowView> reviewers = ownership.reviewers().isEmpty()
                ? Optional.empty() : Optional.of(row(Parameter.REVIEWERS, ownership.reviewers()));
        return java.util.stream.Stream.of(Optional.of(lead), pm, owner, reviewers).flatMap(Optional::stream).toList();
    }

    private PeopleRowView row(Parameter parameter, List<Member> members) {
        return new PeopleRowView(label(parameter), members.stream().map(this::person).toList(), null, null);
    }

    private PersonView person(Member member) {
        String name = Html.encode(texts.name(member));
        if (member.person().isEmpty()) {
            return new PersonView("activity-lead-person activity-lead-person-unknown", null, null, null, name, null);
        }
        Person person = member.person().get();
        String avatar = mode == OutputMode.INTERACTIVE ? links.avatar(person.avatarPath()).map(Html::encode).orElse(null) : null;
        return new PersonView(
                person.active() ? "activity-lead-person" : "activity-lead-person activity-lead-person-deactivated",
                Html.encode(links.profile(person.username())),
                Html.encode(person.username()),
                avatar,
                name,
                person.active() ? null : Html.encode(texts.text("activity-lead.person.deactivated")));
    }

    private MessageView message(Finding finding, Optional<Member> contact) {
        String text = texts.text(finding.messageKey(), finding.arguments().toArray());
        if (finding.askContact()) {
            text += " " + contact.map(member -> texts.text("activity-lead.ask.contact", member))
                    .orElseGet(() -> texts.text("activity-lead.ask.anyone"));
        }
        return new MessageView("aui-message aui-message-" + finding.severity().name().toLowerCase(Locale.ROOT), Html.encode(text));
    }

    private String label(Parameter parameter) {
        return Html.encode(texts.text(parameter.labelKey()));
    }
}
