package org.activitylead.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The domain's rules: every activity has exactly one active Activity Lead, and customer-facing work has a PM. */
public final class OwnershipRules {

    /** A review this close is announced ahead. */
    public static final int REVIEW_NOTICE_DAYS = 14;

    private OwnershipRules() {
    }

    public static List<Finding> check(Ownership ownership, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        ownership.problems().forEach(problem -> findings.add(
                Finding.of(Finding.Severity.ERROR, problem.kind().messageKey(), problem.parameter())));
        lead(ownership).ifPresent(findings::add);
        if (ownership.customerFacing() && ownership.pm().isEmpty()) {
            findings.add(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.pm-missing"));
        }
        review(ownership, today).ifPresent(findings::add);
        return List.copyOf(findings);
    }

    /** A customer-facing activity led by someone other than its PM: the PM supports in the background. */
    public static boolean pmSupportsInBackground(Ownership ownership) {
        return ownership.customerFacing()
                && ownership.pm().isPresent()
                && ownership.lead().map(lead -> !lead.sameUserAs(ownership.pm().get())).orElse(false);
    }

    /** Who can name an Activity Lead: the Owner, else the PM, as long as they are active. */
    public static Optional<Member> contact(Ownership ownership) {
        return Stream.of(ownership.owner(), ownership.pm())
                .flatMap(Optional::stream)
                .filter(Member::active)
                .findFirst();
    }

    private static Optional<Finding> lead(Ownership ownership) {
        if (ownership.leads().size() > 1) {
            return Optional.of(Finding.of(Finding.Severity.ERROR, "activity-lead.finding.lead-several"));
        }
        if (ownership.leads().isEmpty()) {
            return Optional.of(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-missing").askingContact());
        }
        Member lead = ownership.leads().get(0);
        if (!lead.known()) {
            return Optional.of(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-unknown").askingContact());
        }
        if (!lead.active()) {
            return Optional.of(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.lead-deactivated", lead)
                    .askingContact());
        }
        return Optional.empty();
    }

    private static Optional<Finding> review(Ownership ownership, LocalDate today) {
        return ownership.reviewBy().flatMap(date -> {
            if (date.isBefore(today)) {
                return Optional.of(Finding.of(Finding.Severity.WARNING, "activity-lead.finding.review-overdue", date));
            }
            if (!date.isAfter(today.plusDays(REVIEW_NOTICE_DAYS))) {
                return Optional.of(Finding.of(Finding.Severity.INFO, "activity-lead.finding.review-due", date));
            }
            return Optional.empty();
        });
    }
}
