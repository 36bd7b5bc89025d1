package org.activitylead.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.activitylead.core.panel.Attention;
import org.activitylead.core.panel.OwnershipRules;
import org.activitylead.core.record.RecordJson;
import org.activitylead.core.record.SearchField;
import org.activitylead.core.panel.Role;
import org.activitylead.core.report.ReportRequest.Scope;

/**
 * The CQL of a report, built from the typed request only: every value goes through {@link Cql#literal}, every field
 * is one of {@link SearchField}, and people are matched by user key. The search itself runs as the viewer, so it
 * finds only what the viewer may see.
 */
public final class ReportQuery {

    private static final Map<Role, SearchField> ROLE_FIELDS = Map.of(
            Role.LEAD, SearchField.LEAD_KEY,
            Role.PM, SearchField.PM_KEY,
            Role.OWNER, SearchField.OWNER_KEY,
            Role.REVIEWER, SearchField.REVIEWER_KEY);

    private static final Map<ReportRequest.Sort, String> ORDER = Map.of(
            ReportRequest.Sort.TITLE, "title",
            ReportRequest.Sort.STATUS, SearchField.STATUS.alias() + ", title",
            ReportRequest.Sort.REVIEW_BY, SearchField.REVIEW_BY.alias() + ", title",
            ReportRequest.Sort.MODIFIED, "lastmodified desc");

    private ReportQuery() {
    }

    /**
     * @param currentSpaceKey the key of the space the report is on, for the default scope
     * @param personKey       the key of the person the request names (the viewer, or the named user), already looked
     *                        up; present exactly when the request names a person
     */
    public static String cql(ReportRequest request, String currentSpaceKey, Optional<String> personKey) {
        if (request.person().isPresent() != personKey.isPresent()) {
            throw new IllegalArgumentException("the person must be looked up before the query is built");
        }
        List<String> clauses = new ArrayList<>();
        clauses.add("type in (page, blogpost)");
        clauses.add(SearchField.VERSION.alias() + " >= 1");
        space(request.scope(), currentSpaceKey).ifPresent(clauses::add);
        if (!request.statuses().isEmpty()) {
            clauses.add(Cql.isAnyOf(SearchField.STATUS.alias(), request.statuses().stream().sorted().map(RecordJson::statusValue).toList()));
        }
        personKey.ifPresent(key -> clauses.add(roles(request, key)));
        request.label().ifPresent(label -> clauses.add("label = " + Cql.literal(label)));
        if (request.attentionOnly()) {
            clauses.add(attention());
        }
        return String.join(" and ", clauses) + " order by " + ORDER.get(request.sort());
    }

    private static Optional<String> space(Scope scope, String currentSpaceKey) {
        if (scope instanceof Scope.Spaces spaces) {
            return Optional.of(Cql.isAnyOf("space", spaces.keys()));
        }
        return scope instanceof Scope.CurrentSpace ? Optional.of("space = " + Cql.literal(currentSpaceKey)) : Optional.empty();
    }

    private static String roles(ReportRequest request, String key) {
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        Arrays.stream(Role.values()).filter(request.roles()::contains)
                .forEach(role -> any.add(ROLE_FIELDS.get(role).alias() + " = " + Cql.literal(key)));
        return any.toString();
    }

    /**
     * What the page itself needs, as recorded, or a review due within the notice period (CQL's startOfDay counts the
     * days as the server does). A lead deactivated since the page was recorded is found when the page is next recorded;
     * the rows themselves always show today's state.
     */
    private static String attention() {
        List<String> recorded = Arrays.stream(Attention.values()).filter(Attention::ofThePage).map(Attention::value).toList();
        return "(" + Cql.isAnyOf(SearchField.ATTENTION.alias(), recorded) + " or " + SearchField.REVIEW_BY.alias()
                + " < startOfDay(" + Cql.literal("+" + (OwnershipRules.REVIEW_NOTICE_DAYS + 1) + "d") + "))";
    }
}
