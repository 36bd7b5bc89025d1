package org.activitylead.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    public static final int MAX_REVIEWERS = 20;

    /**
     * Activity Lead references kept, and so looked up: enough to tell one lead from several. A user answers to at most
     * two references (key and username), so three distinct references always name at least two people.
     */
    public static final int MAX_LEAD_REFERENCES = 3;

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

    /**
     * Every person named on the page, each once, in the order they appear. Leads and reviewers past their caps are not
     * in it.
     */
    public Set<UserRef> distinctUsers() {
        Set<UserRef> users = new LinkedHashSet<>(leads);
        pm.ifPresent(users::add);
        owner.ifPresent(users::add);
        users.addAll(reviewers);
        return users;
    }

    private static final class Parser {
        private final Map<String, String> raw;
        private final List<ParameterProblem> problems = new ArrayList<>();

        Parser(Map<String, String> raw) {
            this.raw = raw == null ? Map.of() : raw;
        }

        OwnershipParameters parse() {
            Optional<Status> status = status();
            List<UserRef> leads = leads();
            Optional<UserRef> pm = singleUser(Parameter.PM);
            Optional<UserRef> owner = singleUser(Parameter.OWNER);
            List<UserRef> reviewers = reviewers();
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

        /** Comma-separated, as Confluence stores users for a multiple user parameter; duplicates dropped. */
        private List<UserRef> users(Parameter parameter) {
            Optional<String> value = value(parameter);
            if (value.isEmpty()) {
                return List.of();
            }
            Set<UserRef> users = new LinkedHashSet<>();
            try {
                for (String part : value.get().split(",")) {
                    UserRef.parse(part).ifPresent(users::add);
                }
            } catch (UserRef.InvalidUserRef e) {
                problem(parameter, ParameterProblem.Kind.INVALID_USER, null);
                return List.of();
            }
            return List.copyOf(users);
        }

        /** Past {@link #MAX_LEAD_REFERENCES}, the page names several leads whoever they are: the rest are not looked up. */
        private List<UserRef> leads() {
            List<UserRef> leads = users(Parameter.ACTIVITY_LEAD);
            return leads.size() > MAX_LEAD_REFERENCES ? leads.subList(0, MAX_LEAD_REFERENCES) : leads;
        }

        private Optional<UserRef> singleUser(Parameter parameter) {
            List<UserRef> users = users(parameter);
            if (users.size() > 1) {
                problem(parameter, ParameterProblem.Kind.SEVERAL_USERS, null);
                return Optional.empty();
            }
            return users.stream().findFirst();
        }

        /** The first {@link #MAX_REVIEWERS} are kept and shown; the rest are reported, never looked up. */
        private List<UserRef> reviewers() {
            List<UserRef> reviewers = users(Parameter.REVIEWERS);
            if (reviewers.size() > MAX_REVIEWERS) {
                problem(Parameter.REVIEWERS, ParameterProblem.Kind.TOO_MANY_REVIEWERS, null);
                return reviewers.subList(0, MAX_REVIEWERS);
            }
            return reviewers;
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
