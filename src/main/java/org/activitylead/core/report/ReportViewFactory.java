package org.activitylead.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.activitylead.core.panel.Attention;
import org.activitylead.core.panel.DateRowView;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.Ownership;
import org.activitylead.core.panel.OwnershipRules;
import org.activitylead.core.panel.StatusView;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.PersonViews;
import org.activitylead.core.people.Texts;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.record.RecordedUser;
import org.activitylead.core.panel.Role;

/**
 * Maps what the search found to the report's view model: one row per activity, or one row per person with what they
 * carry. Every activity is judged by {@link OwnershipRules} as it stands today, people as the host knows them now.
 */
final class ReportViewFactory {

    static final String ERROR = "aui-message aui-message-error";
    static final String INFO = "aui-message aui-message-info";
    static final String WARNING = "aui-message aui-message-warning";
    static final String ATTENTION_LOZENGE = "aui-lozenge aui-lozenge-moved activity-lead-attention";
    static final String PROBLEM_LOZENGE = "aui-lozenge aui-lozenge-error activity-lead-attention";

    private static final String STATUS_COLUMN = "activity-lead.report.column.status";
    private static final String REVIEW_BY_COLUMN = "activity-lead.report.column.reviewBy";
    private static final List<String> PEOPLE_COLUMNS = List.of("activity-lead.report.column.person", "activity-lead.report.column.leads",
            "activity-lead.report.column.manages", "activity-lead.report.column.owns", "activity-lead.report.column.reviews");

    private final Texts texts;
    private final PersonViews people;
    private final ReportLinks links;
    private final LocalDate today;

    ReportViewFactory(Texts texts, PersonViews people, ReportLinks links, LocalDate today) {
        this.texts = texts;
        this.people = people;
        this.links = links;
        this.today = today;
    }

    /** No search ran: only the messages that say why. */
    ReportView messagesOnly(List<MessageView> messages) {
        return new ReportView(messages, null, null, null, null, null);
    }

    MessageView message(String cssClasses, String key, Object... arguments) {
        return new MessageView(cssClasses, Html.encode(texts.text(key, arguments)));
    }

    MessageView problem(ReportProblem problem) {
        return message(ERROR, problem.kind().messageKey(), texts.text(problem.parameter().labelKey()), ReportRequest.MAX_LIMIT);
    }

    ReportView table(ActivitySearch.Found found, String cql, Function<RecordedUser, Person> now) {
        List<ReportRowView> rows = found.hits().stream().map(hit -> row(hit, now)).toList();
        return found(found, cql, new ReportTableView(labels(), rows), null);
    }

    /**
     * @param countQuery the CQL of one person's activities in one role, for the link behind each count
     */
    ReportView people(ActivitySearch.Found found, String cql, Function<RecordedUser, Person> now,
                      BiFunction<String, Role, String> countQuery) {
        Map<String, Map<Role, Integer>> counts = new LinkedHashMap<>();
        Map<String, Person> persons = new LinkedHashMap<>();
        Counter counter = (user, role) -> {
            counts.computeIfAbsent(user.key(), key -> new EnumMap<>(Role.class)).merge(role, 1, Integer::sum);
            persons.computeIfAbsent(user.key(), key -> now.apply(user));
        };
        for (ReportHit hit : found.hits()) {
            hit.record().ifPresent(record -> {
                record.lead().ifPresent(lead -> counter.count(lead, Role.LEAD));
                record.pm().ifPresent(pm -> counter.count(pm, Role.PM));
                record.owner().ifPresent(owner -> counter.count(owner, Role.OWNER));
                record.reviewers().forEach(reviewer -> counter.count(reviewer, Role.REVIEWER));
            });
        }
        List<PersonCountsView> rows = counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Map<Role, Integer>>>comparingInt(entry -> -total(entry.getValue()))
                        .thenComparing(entry -> texts.name(persons.get(entry.getKey())).toLowerCase(Locale.ROOT)))
                .map(entry -> new PersonCountsView(people.of(persons.get(entry.getKey())), countViews(entry, countQuery)))
                .toList();
        return found(found, cql, null, new ReportPeopleView(columns(PEOPLE_COLUMNS), rows));
    }

    private ReportView found(ActivitySearch.Found found, String cql, ReportTableView table, ReportPeopleView persons) {
        if (found.hits().isEmpty()) {
            return new ReportView(List.of(message(INFO, "activity-lead.report.empty")), Html.encode(count(found)), null, null,
                    null, null);
        }
        boolean partial = found.total() > found.hits().size();
        return new ReportView(List.of(), Html.encode(count(found)),
                partial ? Html.encode(links.search(cql)) : null,
                partial ? Html.encode(texts.text("activity-lead.report.see-all")) : null,
                table, persons);
    }

    private String count(ActivitySearch.Found found) {
        return found.total() > found.hits().size()
                ? texts.text("activity-lead.report.count.partial", found.hits().size(), found.total())
                : texts.text("activity-lead.report.count", found.total());
    }

    private ReportRowView row(ReportHit hit, Function<RecordedUser, Person> now) {
        String url = links.page(hit.webPath()).map(Html::encode).orElse(null);
        String title = Html.encode(hit.title());
        String space = Html.encode(hit.spaceName().isBlank() ? hit.spaceKey() : hit.spaceName());
        if (hit.record().isEmpty()) {
            return new ReportRowView(url, title, space, null, null, null, null, null, null,
                    List.of(new LozengeView(PROBLEM_LOZENGE, Html.encode(texts.text("activity-lead.report.unreadable")))));
        }
        OwnershipRecord record = hit.record().get();
        Ownership ownership = record.ownershipNow(now);
        Set<Attention> attention = OwnershipRules.attention(ownership, today);
        return new ReportRowView(url, title, space,
                ownership.status().map(status -> new StatusView(column(STATUS_COLUMN), status.lozenge().cssClasses(),
                        Html.encode(texts.text(status.messageKey())),
                        ownership.customerFacing() ? Html.encode(texts.text("activity-lead.customer-facing")) : null)).orElse(null),
                ownership.lead().map(people::of).orElse(null),
                ownership.pm().map(people::of).orElse(null),
                ownership.owner().map(people::of).orElse(null),
                Html.encode(Integer.toString(ownership.reviewers().size())),
                ownership.reviewBy().map(date -> new DateRowView(column(REVIEW_BY_COLUMN), Html.encode(date.toString()),
                        Html.encode(texts.date(date)))).orElse(null),
                attention.stream().map(item -> new LozengeView(ATTENTION_LOZENGE,
                        Html.encode(texts.text(item.messageKey())))).toList());
    }

    private List<CountView> countViews(Map.Entry<String, Map<Role, Integer>> entry,
                                       BiFunction<String, Role, String> countQuery) {
        List<CountView> views = new ArrayList<>();
        for (Role role : Role.values()) {
            int count = entry.getValue().getOrDefault(role, 0);
            views.add(new CountView(Html.encode(Integer.toString(count)),
                    count == 0 ? null : Html.encode(links.search(countQuery.apply(entry.getKey(), role)))));
        }
        return views;
    }

    /** Counts one role of one person, and looks the person up the first time. */
    @FunctionalInterface
    private interface Counter {
        void count(RecordedUser user, Role role);
    }

    private static int total(Map<Role, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private ReportLabelsView labels() {
        return new ReportLabelsView(column("activity-lead.report.column.page"), column("activity-lead.report.column.space"),
                column(STATUS_COLUMN), column("activity-lead.report.column.lead"), column("activity-lead.report.column.pm"),
                column("activity-lead.report.column.owner"), column("activity-lead.report.column.reviewers"), column(REVIEW_BY_COLUMN),
                column("activity-lead.report.column.attention"));
    }

    private List<ColumnView> columns(List<String> keys) {
        return keys.stream().map(key -> new ColumnView(column(key))).toList();
    }

    private String column(String key) {
        return Html.encode(texts.text(key));
    }
}
