package org.activitylead.core.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    public static Assessment assess(Ownership ownership, LocalDate today) {
        Optional<Person> contact = contact(ownership);
        List<Finding> findings = new ArrayList<>();
        ownership.problems().forEach(problem -> findings.add(problem(problem)));
        lead(ownership, contact).ifPresent(findings::add);
        if (ownership.customerFacing() && ownership.pm().isEmpty()) {
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

    /** A missing, unknown or deactivated lead asks the contact to name one; several leads are the page's to fix. */
    private static Optional<Finding> lead(Ownership ownership, Optional<Person> contact) {
        if (ownership.leads().size() > 1) {
            return Optional.of(Finding.of(Finding.Severity.ERROR, "activity-lead.finding.lead-several"));
        }
        if (ownership.leads().isEmpty()) {
            return Optional.of(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-missing").asking(ask(contact)));
        }
        Person lead = ownership.leads().get(0);
        if (!lead.known()) {
            return Optional.of(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-unknown").asking(ask(contact)));
        }
        if (!lead.active()) {
            return Optional.of(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-deactivated",
                    Argument.person(lead)).asking(ask(contact)));
        }
        return Optional.empty();
    }

    private static Optional<Finding> review(Ownership ownership, LocalDate today) {
        return ownership.reviewBy().flatMap(date -> {
            if (date.isBefore(today)) {
                return Optional.of(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.review-overdue", Argument.date(date)));
            }
            if (!date.isAfter(today.plusDays(REVIEW_NOTICE_DAYS))) {
                return Optional.of(Finding.of(Finding.Severity.INFO, "activity-lead.finding.review-due", Argument.date(date)));
            }
            return Optional.empty();
        });
    }
}
