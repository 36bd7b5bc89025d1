package org.activitylead.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.activitylead.core.record.PageRecording;
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
 * What the app adds to saving a page: OwnershipRecorder's look for the macro's name in the saved body (every page,
 * also those without the app), then for a page with panels the record of the first one (parse, one lookup per user,
 * rules, JSON). Confluence's own walk over the page's macros and the write of the property are the host's and not
 * here. The floor is the body search alone, what any recorder must do.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class RecordingBenchmark {

    /** The macro's name as the recorder looks for it (PagePanels.MACRO_NAME). */
    private static final String MACRO_NAME = "activity-lead-status";

    @Param({"10", "100", "1000"})
    public int pageKb;

    @Param({"1", "20"})
    public int panels;

    private String body;
    private List<Map<String, String>> found;
    private AnsweredUsers users;

    @Setup
    public void setUp() {
        Map<String, String> panel = BenchmarkPage.parameters(20, LocalDate.now());
        String macro = "<ac:structured-macro ac:name=\"" + MACRO_NAME + "\"><ac:parameter ac:name=\"activityLead\">alice"
                + "</ac:parameter></ac:structured-macro>";
        StringBuilder page = new StringBuilder();
        String paragraph = "<p>Minutes of the steering meeting: budget, forecast, risks and the next milestones.</p>";
        while (page.length() < pageKb * 1024) {
            page.append(paragraph);
        }
        // The panels sit at the end, so the search reads the whole body first.
        page.append(macro.repeat(panels));
        body = page.toString();
        found = new ArrayList<>(Collections.nCopies(panels, panel));
        users = new AnsweredUsers(BenchmarkPage.people());
    }

    @Benchmark
    public Optional<String> recordPage() {
        return body.contains(MACRO_NAME) ? PageRecording.of(found, users) : Optional.empty();
    }

    @Benchmark
    public boolean bodySearchFloor() {
        return body.contains(MACRO_NAME);
    }
}
