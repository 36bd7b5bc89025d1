package org.activitylead.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.report.ReportRequest.Layout;
import org.activitylead.core.report.ReportRequest.PersonFilter;
import org.activitylead.core.panel.Role;
import org.activitylead.core.report.ReportRequest.Scope;
import org.activitylead.core.report.ReportRequest.Sort;

/**
 * The report macro's parameters, parsed into a {@link ReportRequest}. A bad parameter is a {@link ReportProblem} and
 * the report runs no search at all: a report that silently widened its filter would show pages nobody asked for.
 */
public final class ReportParameters {

    /** The values the macro browser offers for the scope. */
    static final String CURRENT_SPACE = "@self";
    static final String ALL_SPACES = "@all";
    /** The value meaning whoever reads the page. */
    static final String VIEWER = "@me";
    static final int MAX_SPACES = 20;

    /** Confluence's label rule: no white space and none of its reserved characters; stored in lower case. */
    private static final Pattern LABEL = Pattern.compile("[^\\s\\p{Cntrl}!#&()*,.:;<>?@\\[\\]^\"'\\\\/|{}~`=$%+]{1,255}");

    private final Map<String, String> raw;
    private final List<ReportProblem> problems = new ArrayList<>();

    private ReportParameters(Map<String, String> raw) {
        this.raw = raw == null ? Map.of() : raw;
    }

    /** The request, or the problems that stop it, in parameter order. */
    public record Parsed(Optional<ReportRequest> request, List<ReportProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    public static Parsed parse(Map<String, String> raw) {
        return new ReportParameters(raw).parse();
    }

    private Parsed parse() {
        Scope scope = value(ReportParameter.SPACES).map(this::scope).orElse(new Scope.CurrentSpace());
        Set<Status> statuses = value(ReportParameter.STATUS).map(this::statuses).orElse(Set.of());
        Optional<PersonFilter> person = value(ReportParameter.PERSON).flatMap(this::person);
        Set<Role> roles = value(ReportParameter.ROLES).map(this::roles).orElse(EnumSet.allOf(Role.class));
        Optional<String> label = value(ReportParameter.LABEL).flatMap(this::label);
        boolean attentionOnly = value(ReportParameter.ATTENTION).map(this::bool).orElse(false);
        Sort sort = choice(ReportParameter.SORT, Sort.class, Sort.TITLE, ReportProblem.Kind.UNKNOWN_SORT);
        int limit = value(ReportParameter.LIMIT).map(this::limit).orElse(ReportRequest.DEFAULT_LIMIT);
        Layout layout = choice(ReportParameter.LAYOUT, Layout.class, Layout.TABLE, ReportProblem.Kind.UNKNOWN_LAYOUT);
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        return new Parsed(Optional.of(new ReportRequest(scope, statuses, person, roles, label, attentionOnly, sort, limit, layout)),
                List.of());
    }

    private Optional<String> value(ReportParameter parameter) {
        String value = parameter.valueIn(raw);
        if (value != null && value.length() > ReportParameter.MAX_LENGTH) {
            problem(parameter, ReportProblem.Kind.TOO_LONG);
            return Optional.empty();
        }
        return Optional.ofNullable(value).map(String::strip);
    }

    private Scope scope(String text) {
        if (text.equalsIgnoreCase(CURRENT_SPACE)) {
            return new Scope.CurrentSpace();
        }
        if (text.equalsIgnoreCase(ALL_SPACES)) {
            return new Scope.AllSpaces();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String part : parts(text)) {
            if (!SpaceKey.isValid(part)) {
                problem(ReportParameter.SPACES, ReportProblem.Kind.NOT_A_SPACE_KEY);
                return new Scope.CurrentSpace();
            }
            keys.add(part);
        }
        if (keys.size() > MAX_SPACES) {
            problem(ReportParameter.SPACES, ReportProblem.Kind.TOO_MANY_SPACES);
        }
        return keys.isEmpty() ? new Scope.CurrentSpace() : new Scope.Spaces(List.copyOf(keys));
    }

    private Set<Status> statuses(String text) {
        return all(ReportParameter.STATUS, text, Status::parse, Status.class, ReportProblem.Kind.UNKNOWN_STATUS);
    }

    private Set<Role> roles(String text) {
        Set<Role> roles = all(ReportParameter.ROLES, text, part -> enumValue(Role.class, part), Role.class,
                ReportProblem.Kind.UNKNOWN_ROLE);
        return roles.isEmpty() ? EnumSet.allOf(Role.class) : roles;
    }

    private Optional<PersonFilter> person(String text) {
        if (text.equalsIgnoreCase(VIEWER)) {
            return Optional.of(new PersonFilter.Viewer());
        }
        try {
            return UserRef.parse(text).map(PersonFilter.Named::new);
        } catch (UserRef.InvalidUserRef e) {
            problem(ReportParameter.PERSON, ReportProblem.Kind.INVALID_USER);
            return Optional.empty();
        }
    }

    private Optional<String> label(String text) {
        if (!LABEL.matcher(text).matches()) {
            problem(ReportParameter.LABEL, ReportProblem.Kind.NOT_A_LABEL);
            return Optional.empty();
        }
        return Optional.of(text.toLowerCase(Locale.ROOT));
    }

    private boolean bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (!text.equalsIgnoreCase("false")) {
            problem(ReportParameter.ATTENTION, ReportProblem.Kind.NOT_A_BOOLEAN);
        }
        return false;
    }

    private int limit(String text) {
        try {
            int limit = text.matches("\\d{1,4}") ? Integer.parseInt(text) : -1;
            if (limit >= 1 && limit <= ReportRequest.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // same as out of range
        }
        problem(ReportParameter.LIMIT, ReportProblem.Kind.NOT_A_LIMIT);
        return ReportRequest.DEFAULT_LIMIT;
    }

    private <E extends Enum<E>> Set<E> all(ReportParameter parameter, String text, Function<String, Optional<E>> parse,
                                          Class<E> type, ReportProblem.Kind kind) {
        Set<E> values = EnumSet.noneOf(type);
        for (String part : parts(text)) {
            Optional<E> value = parse.apply(part);
            if (value.isEmpty()) {
                problem(parameter, kind);
                return EnumSet.noneOf(type);
            }
            values.add(value.get());
        }
        return values;
    }

    /** One of the enum's constants, the fallback when absent, or a problem. */
    private <E extends Enum<E>> E choice(ReportParameter parameter, Class<E> type, E fallback, ReportProblem.Kind kind) {
        return value(parameter).map(text -> enumValue(type, text).orElseGet(() -> {
            problem(parameter, kind);
            return fallback;
        })).orElse(fallback);
    }

    /** "review-by", "REVIEW_BY" and "Review By" name the same constant. */
    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static List<String> parts(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private void problem(ReportParameter parameter, ReportProblem.Kind kind) {
        problems.add(new ReportProblem(parameter, kind));
    }
}
