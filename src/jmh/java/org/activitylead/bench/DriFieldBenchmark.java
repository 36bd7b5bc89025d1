package org.activitylead.bench;

import java.util.concurrent.TimeUnit;
import org.activitylead.testing.jira.FieldParams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The DRI field on an epic, as Jira calls it (JiraStandIn, every host answer in memory): DriCFType.validateFromParams
 * for one accepted username and for a rejected "alice,bob", and the issue view's cell, getVelocityParameters (one
 * stored-value read, one user lookup, the autocomplete script required) rendered by templates/dri/view.vm, plus the
 * view model alone to show how the cell's time splits.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class DriFieldBenchmark {

    private JiraStandIn jira;
    private FieldParams oneUser;
    private FieldParams twoUsers;

    @Setup
    public void setUp() {
        jira = new JiraStandIn();
        oneUser = jira.editOfTheEpic("alice");
        twoUsers = jira.editOfTheEpic("alice,bob");
        // JiraStandInTest proves these outcomes; checked again so a run never measures the wrong path.
        if (validateOneValue() != null || rejectMultiValue() == null) {
            throw new IllegalStateException("the DRI validation benchmarks no longer take the paths they are named after");
        }
    }

    /** Returns the error message, null when accepted. */
    @Benchmark
    public String validateOneValue() {
        return jira.validate(oneUser);
    }

    @Benchmark
    public String rejectMultiValue() {
        return jira.validate(twoUsers);
    }

    @Benchmark
    public String viewRender() {
        return jira.viewOfTheEpic();
    }

    @Benchmark
    public Object viewModelOnly() {
        return jira.viewParametersOfTheEpic();
    }
}
