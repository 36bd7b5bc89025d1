package org.activitylead.bench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.activitylead.confluence.ActivityLeadReportMacro;
import org.activitylead.core.people.Html;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.record.RecordedUser;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;
import org.activitylead.testing.Conversions;
import org.activitylead.testing.OwnershipBuilder;
import org.activitylead.velocity.VelocityTemplateRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One page view of the report over a stand-in search result of 50 or 500 activities (each with a lead, a PM and an
 * Owner among 12 users, one in five deactivated): ActivityLeadReportMacro.execute with the real Velocity engine. The floor writes
 * every shown value of the same rows, encoded, with one lookup per distinct user: the least any report must do.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ReportBenchmark {

    private static final int USERS = 12;

    @Param({"50", "500"})
    public int rows;

    private ActivityLeadReportMacro macro;
    private List<ReportHit> hits;
    private AnsweredUsers users;
    private final Map<String, String> parameters = Map.of("limit", "500");

    @Setup
    public void setUp() {
        Person[] people = IntStream.range(0, USERS).mapToObj(i -> Person.of("key-u" + i, "u" + i, "User " + i, i % 5 != 0, null))
                .toArray(Person[]::new);
        users = new AnsweredUsers(people);
        hits = IntStream.range(0, rows).mapToObj(i -> new ReportHit(1000L + i, "Activity " + i, "/display/ENG/Activity+" + i, "ENG", "Engineering",
                Optional.of(OwnershipRecord.of(OwnershipBuilder.anActivity().ledBy(people[i % USERS]).pm(people[(i + 1) % USERS])
                        .owner(people[(i + 2) % USERS]).build())))).toList();
        ActivitySearch search = (cql, limit) -> new ActivitySearch.Found(hits.subList(0, Math.min(limit, hits.size())), hits.size());
        macro = ConfluenceStandIn.report(VelocityTemplateRenderer.cachingTemplates(false), users, search, "key-u1");
    }

    @Benchmark
    public String velocityTemplate() throws MacroExecutionException {
        return macro.execute(parameters, "", pageView());
    }

    @Benchmark
    public String handWrittenFloor() {
        People people = new People(users);
        StringBuilder out = new StringBuilder(rows * 200);
        for (ReportHit hit : hits) {
            out.append("<tr><td><a href=\"").append(Html.encode(hit.webPath())).append("\">").append(Html.encode(hit.title()))
                    .append("</a></td><td>").append(Html.encode(hit.spaceName())).append("</td>");
            OwnershipRecord record = hit.record().orElseThrow();
            for (RecordedUser user : List.of(record.lead().orElseThrow(), record.pm().orElseThrow(), record.owner().orElseThrow())) {
                out.append("<td>").append(Html.encode(people.person(new UserRef(user.key())).displayName())).append("</td>");
            }
            out.append("</tr>");
        }
        return out.toString();
    }

    private static ConversionContext pageView() {
        return Conversions.rendering("display");
    }
}
