package org.activitylead.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.activitylead.core.panel.OutputMode;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.PersonViews;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.record.RecordedUser;
import org.activitylead.core.report.ReportRequest.PersonFilter;

/**
 * The report macro's use case: parse the parameters, find the person it is about, search as the viewer, and build
 * the view. Every user shown is looked up once ({@link People}); no page body is read.
 */
public final class ReportComposer {

    private final ActivitySearch search;
    private final UserDirectory<?> directory;
    private final ReportViewFactory views;

    public ReportComposer(ActivitySearch search, UserDirectory<?> directory, Translator translator, ProductLinks people,
                          ReportLinks links, OutputMode mode, LocalDate today) {
        this.search = search;
        this.directory = directory;
        Texts texts = new Texts(translator);
        this.views = new ReportViewFactory(texts, new PersonViews(texts, people, mode == OutputMode.INTERACTIVE,
                "activity-lead.person.deactivated"), links, today);
    }

    /**
     * @param spaceKey the key of the space the report is on
     * @param viewer   who reads the page, empty for an anonymous reader
     */
    public ReportView compose(Map<String, String> parameters, String spaceKey, Optional<UserRef> viewer) {
        ReportParameters.Parsed parsed = ReportParameters.parse(parameters);
        if (parsed.request().isEmpty()) {
            return views.messagesOnly(parsed.problems().stream().map(views::problem).toList());
        }
        ReportRequest request = parsed.request().get();
        People people = new People(directory);
        Optional<String> personKey = Optional.empty();
        if (request.person().isPresent()) {
            Optional<UserRef> ref = request.person().get() instanceof PersonFilter.Named named ? Optional.of(named.ref()) : viewer;
            if (ref.isEmpty()) {
                return views.messagesOnly(List.of(views.message(ReportViewFactory.INFO, "activity-lead.report.log-in")));
            }
            Person person = people.person(ref.get());
            if (!person.known()) {
                return views.messagesOnly(List.of(views.message(ReportViewFactory.WARNING, "activity-lead.report.person-unknown")));
            }
            personKey = Optional.of(person.key());
        }
        String cql = ReportQuery.cql(request, spaceKey, personKey);
        ActivitySearch.Found found = search.find(cql, request.limit());
        Function<RecordedUser, Person> now = user -> people.person(new UserRef(user.key()));
        if (request.layout() == ReportRequest.Layout.PEOPLE) {
            return views.people(found, cql, now, (key, role) -> ReportQuery.cql(onePersonInOneRole(request, key, role), spaceKey,
                    Optional.of(key)));
        }
        return views.table(found, cql, now);
    }

    private static ReportRequest onePersonInOneRole(ReportRequest request, String key, Role role) {
        return new ReportRequest(request.scope(), request.statuses(), Optional.of(new PersonFilter.Named(new UserRef(key))),
                Set.of(role), request.label(), request.attentionOnly(), request.sort(), request.limit(), ReportRequest.Layout.TABLE);
    }
}
