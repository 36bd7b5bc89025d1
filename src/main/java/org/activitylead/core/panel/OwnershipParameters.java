package org.activitylead.core.panel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.people.UserRef;

/**
 * The macro's parameters, parsed. A bad parameter becomes a {@link ParameterProblem} and is left out;
 * the others still count, so the page always renders.
 */
public record OwnershipParameters(
        Optional<Status> status,
        List<UserRef> leads,
        Optional<UserRef> pm,
        Optional<UserRef> owner,
        List<UserRef> reviewers,
        boolean customerFacing,
        Optional<LocalDate> reviewBy,
        List<ParameterProblem> problems) {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    public OwnershipParameters {
        leads = List.copyOf(leads);
        reviewers = List.copyOf(reviewers);
        problems = List.copyOf(problems);
    }

    /** Reads only the names in {@link Parameter}; every other entry of the map is ignored. */
    public static OwnershipParameters parse(Map<String, String> raw) {
        return new Parser(raw).parse();
    }

    private static final class Parser {
        private final Map<String, String> raw;
        private final List<ParameterProblem> problems = new ArrayList<>();

        Parser(Map<String, String> raw) {
            this.raw = raw == null ? Map.of() : raw;
        }

        OwnershipParameters parse() {
            Optional<Status> status = status();
            List<UserRef> leads = users(Parameter.ACTIVITY_LEAD);
            Optional<UserRef> pm = singleUser(Parameter.PM);
            Optional<UserRef> owner = singleUser(Parameter.OWNER);
            List<UserRef> reviewers = users(Parameter.REVIEWERS);
            boolean customerFacing = value(Parameter.CUSTOMER_FACING).map(this::customerFacing).orElse(false);
            Optional<LocalDate> reviewBy = value(Parameter.REVIEW_BY).map(this::date);
            return new OwnershipParameters(status, leads, pm, owner, reviewers, customerFacing, reviewBy, problems);
        }

        /** Absent means the default; a value that is too long or unknown means no status at all, and a problem. */
        private Optional<Status> status() {
            int problemsBefore = problems.size();
            Optional<String> text = value(Parameter.STATUS);
            if (problems.size() > problemsBefore) {
                return Optional.empty();
            }
            if (text.isEmpty()) {
                return Optional.of(Status.DEFAULT);
            }
            Optional<Status> status = Status.parse(text.get());
            if (status.isEmpty()) {
                problem(Parameter.STATUS, ParameterProblem.Kind.UNKNOWN_STATUS, null);
            }
            return status;
        }

        private Optional<String> value(Parameter parameter) {
            String value = parameter.valueIn(raw);
            if (value != null && value.length() > Parameter.MAX_LENGTH) {
                problem(parameter, ParameterProblem.Kind.TOO_LONG, null);
                return Optional.empty();
            }
            return Optional.ofNullable(value);
        }

        /**
         * Comma-separated, as Confluence stores users for a multiple user parameter, in page order. Which references
         * name the same user only the host knows, so duplicates are removed once, when they are resolved (Ownership).
         */
        private List<UserRef> users(Parameter parameter) {
            Optional<String> value = value(parameter);
            if (value.isEmpty()) {
                return List.of();
            }
            try {
                return UserRef.commaSeparated(value.get());
            } catch (UserRef.InvalidUserRef e) {
                problem(parameter, ParameterProblem.Kind.INVALID_USER, null);
                return List.of();
            }
        }

        private Optional<UserRef> singleUser(Parameter parameter) {
            List<UserRef> users = users(parameter).stream().distinct().toList();
            if (users.size() > 1) {
                problem(parameter, ParameterProblem.Kind.SEVERAL_USERS, null);
                return Optional.empty();
            }
            return users.stream().findFirst();
        }

        private boolean customerFacing(String text) {
            String value = text.strip();
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            if (!value.equalsIgnoreCase("false")) {
                problem(Parameter.CUSTOMER_FACING, ParameterProblem.Kind.NOT_A_BOOLEAN, null);
            }
            return false;
        }

        private LocalDate date(String text) {
            try {
                return LocalDate.parse(text.strip(), ISO_DATE);
            } catch (DateTimeParseException e) {
                return problem(Parameter.REVIEW_BY, ParameterProblem.Kind.NOT_A_DATE, null);
            }
        }

        private <T> T problem(Parameter parameter, ParameterProblem.Kind kind, T fallback) {
            problems.add(new ParameterProblem(parameter, kind));
            return fallback;
        }
    }
}
