package org.activitylead.core.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.core.panel.Finding.Argument;
import org.activitylead.core.panel.Finding.Message;
import org.activitylead.core.people.Person;

/** The domain's rules: every activity has exactly one active Activity Lead, and customer-facing work has a PM. */
public final class OwnershipRules {

    /** A review this close is announced ahead. */
    public static final int REVIEW_NOTICE_DAYS = 14;

    private OwnershipRules() {
    }

    /** Everything that needs attention on this day, in the order of the enum. */
    public static Set<Attention> attention(Ownership ownership, LocalDate today) {
        Set<Attention> attention = pageAttention(ownership);
        ownership.reviewBy().flatMap(date -> reviewAttention(date, today)).ifPresent(attention::add);
        return attention;
    }

    /** What needs attention whatever the day: the lead and the PM, as the page and its users are now. */
    public static Set<Attention> pageAttention(Ownership ownership) {
        Set<Attention> attention = EnumSet.noneOf(Attention.class);
        leadAttention(ownership).ifPresent(attention::add);
        if (needsPm(ownership)) {
            attention.add(Attention.NO_PM);
        }
        return attention;
    }

    /** A review date's attention on this day: overdue before it, due within {@link #REVIEW_NOTICE_DAYS}. */
    public static Optional<Attention> reviewAttention(LocalDate reviewBy, LocalDate today) {
        if (reviewBy.isBefore(today)) {
            return Optional.of(Attention.REVIEW_OVERDUE);
        }
        return reviewBy.isAfter(today.plusDays(REVIEW_NOTICE_DAYS)) ? Optional.empty() : Optional.of(Attention.REVIEW_DUE);
    }

    /** A page has one activity: a second panel is shown with this warning and is neither recorded nor searched. */
    public static Finding laterPanel() {
        return Finding.of(Finding.Severity.WARNING, "activity-lead.finding.later-panel");
    }

    public static Assessment assess(Ownership ownership, LocalDate today) {
        Optional<Person> contact = contact(ownership);
        List<Finding> findings = new ArrayList<>();
        ownership.problems().forEach(problem -> findings.add(problem(problem)));
        lead(ownership, contact).ifPresent(findings::add);
        if (needsPm(ownership)) {
            findings.add(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.pm-missing"));
        }
        review(ownership, today).ifPresent(findings::add);
        return new Assessment(findings, contact, pmSupportsInBackground(ownership));
    }

    /** A customer-facing activity led by someone other than its PM: the PM supports in the background. */
    private static boolean pmSupportsInBackground(Ownership ownership) {
        return ownership.customerFacing()
                && ownership.pm().isPresent()
                && ownership.lead().map(lead -> !lead.sameUserAs(ownership.pm().get())).orElse(false);
    }

    /** Who can name an Activity Lead: the Owner, else the PM, as long as they are active. */
    private static Optional<Person> contact(Ownership ownership) {
        return Stream.of(ownership.owner(), ownership.pm())
                .flatMap(Optional::stream)
                .filter(Person::active)
                .findFirst();
    }

    private static Message ask(Optional<Person> contact) {
        return contact.map(person -> new Message("activity-lead.ask.contact", List.of(Argument.person(person))))
                .orElseGet(() -> new Message("activity-lead.ask.anyone", List.of()));
    }

    private static Finding problem(ParameterProblem problem) {
        return problem.kind() == ParameterProblem.Kind.TOO_MANY_REVIEWERS
                ? Finding.of(Finding.Severity.ERROR, problem.kind().messageKey(), Argument.label(problem.parameter()),
                        Argument.count(Ownership.MAX_REVIEWERS))
                : Finding.of(Finding.Severity.ERROR, problem.kind().messageKey(), Argument.label(problem.parameter()));
    }

    /** A customer-facing activity needs a PM. */
    private static boolean needsPm(Ownership ownership) {
        return ownership.customerFacing() && ownership.pm().isEmpty();
    }

    /** What is wrong with the lead, if anything: none, several, one who is nobody, or one who was deactivated. */
    private static Optional<Attention> leadAttention(Ownership ownership) {
        if (ownership.leads().size() > 1) {
            return Optional.of(Attention.SEVERAL_LEADS);
        }
        if (ownership.leads().isEmpty()) {
            return Optional.of(Attention.NO_LEAD);
        }
        Person lead = ownership.leads().get(0);
        if (!lead.known()) {
            return Optional.of(Attention.LEAD_UNKNOWN);
        }
        return lead.active() ? Optional.empty() : Optional.of(Attention.LEAD_DEACTIVATED);
    }

    /** A missing, unknown or deactivated lead asks the contact to name one; several leads are the page's to fix. */
    private static Optional<Finding> lead(Ownership ownership, Optional<Person> contact) {
        return leadAttention(ownership).map(attention -> switch (attention) {
            case SEVERAL_LEADS -> Finding.of(Finding.Severity.ERROR, "activity-lead.finding.lead-several");
            case NO_LEAD -> Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-missing").asking(ask(contact));
            case LEAD_UNKNOWN -> Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-unknown").asking(ask(contact));
            default -> Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-deactivated",
                    Argument.person(ownership.leads().get(0))).asking(ask(contact));
        });
    }

    private static Optional<Finding> review(Ownership ownership, LocalDate today) {
        return ownership.reviewBy().flatMap(date -> reviewAttention(date, today).map(attention -> attention == Attention.REVIEW_OVERDUE
                ? Finding.of(Finding.Severity.WARNING, "activity-lead.finding.review-overdue", Argument.date(date))
                : Finding.of(Finding.Severity.INFO, "activity-lead.finding.review-due", Argument.date(date))));
    }
}
