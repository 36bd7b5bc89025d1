package org.activitylead.bench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.testing.Conversions;
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
 * One page view of the panel: ActivityLeadMacro.execute for the benchmark page (3 single users and 0, 5 or 20
 * reviewers), once through the real Velocity engine rendering templates/activity-lead-panel.vm with host escaping on,
 * once with the same markup written by hand (the floor). Everything else, parsing, lookups, rules and view model, is
 * the same production code in both.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class PanelRenderBenchmark {

    @Param({"0", "5", "20"})
    public int reviewers;

    private Map<String, String> page;
    private ActivityLeadMacro velocityMacro;
    private ActivityLeadMacro floorMacro;

    @Setup
    public void setUp() throws MacroExecutionException {
        AnsweredUsers users = new AnsweredUsers(BenchmarkPage.people());
        page = BenchmarkPage.parameters(reviewers, LocalDate.now());
        velocityMacro = ConfluenceStandIn.macro(VelocityTemplateRenderer.cachingTemplates(false), users);
        floorMacro = ConfluenceStandIn.macro(new HandWrittenPanel(), users);
        // HandWrittenPanelTest proves this too; checked again here so a run never compares unequal work.
        if (!velocityTemplate().equals(handWrittenFloor())) {
            throw new IllegalStateException("the floor no longer writes what the template writes");
        }
    }

    @Benchmark
    public String velocityTemplate() throws MacroExecutionException {
        return velocityMacro.execute(page, "", pageView());
    }

    @Benchmark
    public String handWrittenFloor() throws MacroExecutionException {
        return floorMacro.execute(page, "", pageView());
    }

    /** A render of its own for each call: the conversion context tells a panel whether another came first in the render. */
    private static ConversionContext pageView() {
        return Conversions.rendering("display");
    }
}
