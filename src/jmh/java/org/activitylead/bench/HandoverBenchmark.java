package org.activitylead.bench;

import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.util.concurrent.TimeUnit;
import org.activitylead.confluence.ConfluencePageHandovers;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.testing.StorageFormat;
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
 * One page handed over (issue 13): ConfluencePageHandovers reading a 10 KB, 100 KB or 1 MB page with 1 or 20 panels,
 * each naming the leaver as Activity Lead, checking the edit permission, rewriting the body through StorageHandover
 * over the storage-format stand-in of Confluence's macro walk, and saving one new version with its comment, all over
 * in-memory host services (HandoverStandIn). The floor is the stand-in walk alone with an updater that changes
 * nothing: what the host spends on the page anyway, so the difference is the handover's own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class HandoverBenchmark {

    private static final long PAGE = 4242L;

    @Param({"10", "100", "1000"})
    public int pageKb;

    @Param({"1", "20"})
    public int panels;

    private String body;
    private HandoverStandIn host;
    private ConfluencePageHandovers handovers;
    private final StorageFormat walk = new StorageFormat();

    @Setup
    public void setUp() {
        body = HandoverPage.body(pageKb, panels);
        host = new HandoverStandIn(body, new AnsweredUsers(HandoverPage.people()));
        handovers = host.handovers();
        AuthenticatedUserThreadLocal.set(HandoverStandIn.ADMINISTRATOR);
        // HandoverStandInTest proves this too; checked here so a run never measures a page that is left alone.
        PageResult result = rewritePage();
        if (result.outcome() != PageOutcome.CHANGED || HandoverPage.namingSuccessor(host.lastSavedBody()) != panels) {
            throw new IllegalStateException("the benchmark page is no longer handed over: " + result);
        }
    }

    /** JMH may measure on another thread than the one set up; the job puts its administrator on its own thread too. */
    @Setup(Level.Iteration)
    public void administratorOnThisThread() {
        AuthenticatedUserThreadLocal.set(HandoverStandIn.ADMINISTRATOR);
    }

    @Benchmark
    public PageResult rewritePage() {
        return handovers.handOver(PAGE, HandoverPage.LEAD_TO_SUCCESSOR, true);
    }

    @Benchmark
    public String hostWalkFloor() throws XhtmlException {
        return walk.updateMacroDefinitions(body, null, macro -> macro);
    }
}
