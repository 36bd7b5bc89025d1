package org.activitylead.bench;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.handover.MemoryLedger;
import org.activitylead.core.panel.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole reassignment job (issue 13): HandoverRun over an in-memory ledger of 200 or 2,000 pages, batch by batch
 * (results, then progress, saved per batch), each page handed over by ConfluencePageHandovers over in-memory host
 * services (HandoverStandIn): a 10 KB page with one panel naming the leaver, read, checked, rewritten and saved as a
 * new version. One operation is the whole job; the report divides its time by the items (JMH's
 * OperationsPerInvocation takes no parameter), so a per-item cost that stays flat is linear growth.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class HandoverJobBenchmark {

    /** The page every item is: a typical page, as RecordingBenchmark's smallest. */
    private static final int PAGE_KB = 10;

    private static final HandoverRequest REQUEST =
            new HandoverRequest(HandoverPage.LEAVER.key(), Set.of(Role.LEAD), HandoverPage.SUCCESSOR.key());

    @Param({"200", "2000"})
    public int items;

    private final MemoryLedger ledger = new MemoryLedger();
    private HandoverRun run;

    @Setup
    public void setUp() {
        ledger.savePages(LongStream.rangeClosed(1, items).boxed().toList());
        HandoverStandIn host = new HandoverStandIn(HandoverPage.body(PAGE_KB, 1), new AnsweredUsers(HandoverPage.people()));
        run = new HandoverRun(ledger, host.handovers(), Clock.systemUTC());
        AuthenticatedUserThreadLocal.set(HandoverStandIn.ADMINISTRATOR);
        // HandoverStandInTest proves a page is handed over; checked here so a run never measures a job of skipped pages.
        HandoverProgress done = reassignEveryPage();
        if (done.state() != HandoverState.FINISHED || done.changed() != items || ledger.results(items / HandoverRun.BATCH - 1).size()
                != HandoverRun.BATCH) {
            throw new IllegalStateException("the benchmark job no longer changes every page: " + done.changed() + " of " + items);
        }
    }

    /** JMH may measure on another thread than the one set up; the job puts its administrator on its own thread too. */
    @Setup(Level.Iteration)
    public void administratorOnThisThread() {
        AuthenticatedUserThreadLocal.set(HandoverStandIn.ADMINISTRATOR);
    }

    /** The job from its start to its end: every run starts afresh, and the ledger's batches are overwritten in place. */
    @Benchmark
    public HandoverProgress reassignEveryPage() {
        HandoverProgress start = HandoverProgress.started(REQUEST, HandoverMode.REASSIGN, "key-admin", items, Instant.now());
        return run.run(start, HandoverPage.LEAD_TO_SUCCESSOR, () -> false, () -> false);
    }
}
