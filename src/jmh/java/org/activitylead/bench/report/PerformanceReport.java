package org.activitylead.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes docs/performance.md from a JMH JSON result: every benchmark's median, spread and allocation, the budgets of
 * issue 5 with their verdicts, and the machine. Run by {@code mvn -Pbenchmarks test} right after the benchmarks, so the
 * document always holds the numbers of one run and is never edited by hand.
 */
public final class PerformanceReport {

    static final String TEMPLATE = "PanelRenderBenchmark.velocityTemplate";
    static final String FLOOR = "PanelRenderBenchmark.handWrittenFloor";

    private final List<Measurement> results;
    private final JsonObject run;
    private final Machine machine;
    private final StringBuilder out = new StringBuilder();

    private PerformanceReport(List<Measurement> results, JsonObject run, Machine machine) {
        this.results = results;
        this.run = run;
        this.machine = machine;
    }

    /** Arguments: the JMH JSON result, the Markdown file to write. */
    public static void main(String[] args) throws IOException {
        JsonArray json = JsonParser.parseString(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)).getAsJsonArray();
        List<Measurement> results = new ArrayList<>();
        for (JsonElement result : json) {
            results.add(Measurement.of(result.getAsJsonObject()));
        }
        PerformanceReport report = new PerformanceReport(results, json.get(0).getAsJsonObject(), Machine.current());
        Path document = Path.of(args[1]);
        Files.createDirectories(document.toAbsolutePath().getParent());
        Files.writeString(document, report.write(), StandardCharsets.UTF_8);
    }

    private String write() {
        line("# Performance");
        line("");
        line("Written by `mvn -Pbenchmarks test` from the JMH results of one run (raw JSON in `target/jmh/jmh-result.json`). "
                + "Do not edit: the next run rewrites this file. Times are per operation, for one thread.");
        machine();
        results();
        budgets();
        recordingAndReport();
        handover();
        driView();
        method();
        return out.toString();
    }

    private void machine() {
        line("");
        line("## Machine and run");
        line("");
        line("- Date: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        line("- CPU: " + machine.cpu() + ", " + machine.processors() + " processors available to the JVM");
        line("- Memory: " + machine.memory());
        line("- JVM: " + text("vmName") + " " + text("vmVersion") + " (JDK " + text("jdkVersion") + ")");
        line("- JMH: " + text("forks") + " forks, each " + text("warmupIterations") + " warm-up iterations of "
                + text("warmupTime") + " and " + text("measurementIterations") + " measured iterations of "
                + text("measurementTime") + "; allocation from `-prof gc`");
        line("- Load average (1, 5, 15 min) when the report was written: " + machine.loadAverage() + ". " + contention());
    }

    /** The run keeps one core busy itself; clearly more load than that means something else took CPU time too. */
    private String contention() {
        String[] load = machine.loadAverage().split(" ");
        if (load.length < 2 || !load[1].matches("[0-9.]+")) {
            return "Whether other processes competed for the CPU is unknown.";
        }
        return Double.parseDouble(load[1]) > 1.5
                ? "Other processes competed for the CPU during the run: the times are upper bounds with a wide spread; "
                        + "re-run on a quiet machine for the figures to keep."
                : "Little else ran during the run.";
    }

    private void results() {
        line("");
        line("## Results");
        line("");
        line("Median and spread are over all measured iterations of all forks; the error is JMH's 99.9% confidence half-width.");
        line("");
        line("| Benchmark | Parameters | Median ns/op | p25 – p75 ns/op | min – max ns/op | Mean ± error ns/op | Allocated B/op |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (Measurement result : results) {
            String parameters = result.params().entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                    .sorted().collect(java.util.stream.Collectors.joining(", "));
            line("| " + result.benchmark() + " | " + parameters + " | " + ns(result.median())
                    + " | " + ns(result.percentile(25)) + " – " + ns(result.percentile(75)) + " | " + ns(result.min()) + " – "
                    + ns(result.max()) + " | " + ns(result.mean()) + " ± " + ns(result.error()) + " | "
                    + (result.bytesPerOp() == null ? "n/a" : ns(result.bytesPerOp())) + " |");
        }
    }

    private void budgets() {
        Measurement template = find(TEMPLATE, "20");
        double ratio = template.median() / find(FLOOR, "20").median();
        double perReviewerUpTo5 = (find(TEMPLATE, "5").min() - find(TEMPLATE, "0").min()) / 5;
        double perReviewerFrom5 = (template.min() - find(TEMPLATE, "5").min()) / 15;
        double bytesUpTo5 = (find(TEMPLATE, "5").bytesPerOp() - find(TEMPLATE, "0").bytesPerOp()) / 5;
        double bytesFrom5 = (template.bytesPerOp() - find(TEMPLATE, "5").bytesPerOp()) / 15;
        double validate = find("DriFieldBenchmark.validateOneValue", null).median();
        double reject = find("DriFieldBenchmark.rejectMultiValue", null).median();

        line("");
        line("## Budgets");
        line("");
        line("The panel budgets are for the page with 3 single users and 20 reviewers (the largest the panel renders).");
        line("");
        line("| Budget | Measured | Verdict |");
        line("|---|---|---|");
        List<String> missed = new ArrayList<>();
        budget("Panel render within 5x the hand-written floor", String.format(Locale.ROOT, "%.1fx (median %s ns / %s ns)",
                ratio, ns(template.median()), ns(find(FLOOR, "20").median())), ratio <= 5, missed, RATIO_MISSED);
        budget("Panel render median 50 µs or less", us(template.median()) + " (fastest iteration " + us(template.min()) + ")",
                template.median() <= 50_000, missed, timeMissed(template.median(), find(FLOOR, "20").median()));
        budget("Cost grows linearly with the reviewers", String.format(Locale.ROOT,
                "per reviewer from 0 to 5, then from 5 to 20: %s then %s ns (fastest iterations); %s then %s B",
                ns(perReviewerUpTo5), ns(perReviewerFrom5), ns(bytesUpTo5), ns(bytesFrom5)),
                perReviewerFrom5 <= 1.5 * perReviewerUpTo5 && bytesFrom5 <= 1.5 * bytesUpTo5, missed, GROWTH_MISSED);
        budget("No extra lookups", "3 + n lookups for n reviewers, one per distinct user (PanelLookupsTest, in `mvn verify`)",
                true, missed, "");
        budget("DRI validation 2 µs or less, lookup answered", "one value " + us(validate) + ", rejected multi-value " + us(reject),
                validate <= 2_000 && reject <= 2_000, missed, DRI_MISSED);
        line("");
        line("Growth counts as linear while each reviewer past the fifth costs at most 1.5 times what each of the first "
                + "five costs, in time and in bytes. Time is compared on each size's fastest iteration, the one least "
                + "disturbed by other processes; the bytes allocated do not depend on the machine at all.");
        for (String note : missed) {
            line("");
            line(note);
        }
    }

    private void budget(String name, String measured, boolean met, List<String> missed, String whyMissed) {
        line("| " + name + " | " + measured + " | " + (met ? "met" : "**missed**") + " |");
        if (!met) {
            missed.add("**" + name + ": missed.** " + whyMissed);
        }
    }

    private static final String RATIO_MISSED = "The floor only appends strings the view model already holds. Through the "
            + "template, every `$reference` is a reflective method call that Velocity 1.7 first resolves through the host's "
            + "allowlist check, once per render, because each render gets a new context and so an empty introspection cache; "
            + "every insertion then passes the host's escaping handler, and each person's row makes ten such calls (the link "
            + "and avatar are read two or three times each). That is the host's template machinery, the same for every "
            + "plugin template. Meeting the ratio would take fewer calls per person (a view model with one pre-joined "
            + "`*Html` string per person, so the row template prints one reference), or writing the rows without Velocity, "
            + "which gives up the allowlisted, auto-escaped template the security review relies on.";

    /** The floor is everything but the template engine, so the two medians split the render in two. */
    private static String timeMissed(double template, double floor) {
        return "Of the " + us(template) + ", " + us(floor) + " is everything but the template engine (the floor: "
                + "parameters parsed, 23 lookups, rules, view model, HTML encoding) and " + us(template - floor)
                + " is Velocity 1.7 rendering the template: about ten reflective calls per person, and the loop variables "
                + "written into the context on every turn. Meeting the budget means losing " + us(template - 50_000) + ". "
                + "The template's half falls most if each person is one reference instead of ten, with the person's markup "
                + "joined in the view model as the floor does, at the price of markup leaving the allowlisted template the "
                + "security review reads; our own half has no single hot spot (parsing, lookups and the encoding of every "
                + "value each take a share). The other way is to cache the finished panel per page version, viewer locale "
                + "and user keys in the cluster's cache, with a short time to live, so a renamed or deactivated user still "
                + "shows promptly: a warm view then costs one cache read. Neither is done here, since each trades safety "
                + "for speed and deserves its own change.";
    }

    private static final String GROWTH_MISSED = "The later reviewers cost more each than the first five, so something "
            + "grows faster than the rows. The lookups are fixed at one per user (PanelLookupsTest): if the bytes per "
            + "reviewer grow, profile the allocation of the 20-reviewer render; if only the time does, re-run on a quiet "
            + "machine before changing anything.";

    private static final String RECORDING_GROWTH_MISSED = "Past the record's fixed cost only the search for the macro's "
            + "name depends on the page: compare bodySearchFloor's growth. A search that slows per KB on the 1 MB page is the "
            + "memory, not the code (the body no longer fits the CPU's caches); a record that grows with the page would be a "
            + "bug, since the record reads only the first panel's parameters.";

    private static final String DRI_MISSED = "Validation makes one user lookup, one permission check and reads the field's "
            + "context; all answered from memory here, so the time is our code's. Profile DriCFType.validateFromParams.";

    /** Issue 12's figures: each as a ratio to its floor, and its growth, which must be linear. */
    private void recordingAndReport() {
        Measurement record1mb = findWith("RecordingBenchmark.recordPage", Map.of("pageKb", "1000", "panels", "20"));
        Measurement floor1mb = findWith("RecordingBenchmark.bodySearchFloor", Map.of("pageKb", "1000", "panels", "20"));
        // Medians: at 10 and 100 KB the body search is a few microseconds beside the record's fixed cost, and the fastest
        // iterations of those sizes differ by less than their noise.
        double perKbTo100 = (findWith("RecordingBenchmark.recordPage", Map.of("pageKb", "100", "panels", "1")).median()
                - findWith("RecordingBenchmark.recordPage", Map.of("pageKb", "10", "panels", "1")).median()) / 90;
        double perKbTo1000 = (findWith("RecordingBenchmark.recordPage", Map.of("pageKb", "1000", "panels", "1")).median()
                - findWith("RecordingBenchmark.recordPage", Map.of("pageKb", "100", "panels", "1")).median()) / 900;
        double onePanel = findWith("RecordingBenchmark.recordPage", Map.of("pageKb", "1000", "panels", "1")).median();
        Measurement report500 = findWith("ReportBenchmark.velocityTemplate", Map.of("rows", "500"));
        Measurement report50 = findWith("ReportBenchmark.velocityTemplate", Map.of("rows", "50"));
        Measurement floor500 = findWith("ReportBenchmark.handWrittenFloor", Map.of("rows", "500"));
        double perRowTo50 = report50.min() / 50;
        double perRowTo500 = (report500.min() - report50.min()) / 450;
        double bytesPerRowTo50 = report50.bytesPerOp() / 50;
        double bytesPerRowTo500 = (report500.bytesPerOp() - report50.bytesPerOp()) / 450;

        line("");
        line("## Recording and the report");
        line("");
        line("| Figure | Measured | Verdict |");
        line("|---|---|---|");
        List<String> missed = new ArrayList<>();
        budget("Recording a 1 MB page with 20 panels, as a ratio to searching its body for the macro's name", String.format(Locale.ROOT,
                "%.2fx (median %s ns / %s ns)", record1mb.median() / floor1mb.median(), ns(record1mb.median()), ns(floor1mb.median())),
                true, missed, "");
        budget("Recording grows linearly with the page", String.format(Locale.ROOT,
                "per KB from 10 to 100 KB, then from 100 KB to 1 MB: %.1f then %.1f ns (medians)", perKbTo100, perKbTo1000),
                perKbTo1000 <= 1.5 * perKbTo100, missed, RECORDING_GROWTH_MISSED);
        budget("20 panels cost what one costs (only the first is recorded)", String.format(Locale.ROOT, "%s ns with 20, %s ns with 1",
                ns(record1mb.median()), ns(onePanel)), record1mb.median() <= 1.2 * onePanel, missed, GROWTH_MISSED);
        budget("A 500-row report, as a ratio to the hand-written floor", String.format(Locale.ROOT, "%.1fx (median %s ns / %s ns)",
                report500.median() / floor500.median(), ns(report500.median()), ns(floor500.median())), true, missed, "");
        budget("The report grows linearly with its rows", String.format(Locale.ROOT,
                "per row up to 50, then from 50 to 500: %s then %s ns (fastest iterations); %s then %s B",
                ns(perRowTo50), ns(perRowTo500), ns(bytesPerRowTo50), ns(bytesPerRowTo500)),
                perRowTo500 <= 1.5 * perRowTo50 && bytesPerRowTo500 <= 1.5 * bytesPerRowTo50, missed, GROWTH_MISSED);
        line("");
        line("The ratios are figures, not budgets: the floors do the least any implementation must (search the body; "
                + "encode each shown value once with one lookup per user). Growth counts as linear as for the panel.");
        for (String note : missed) {
            line("");
            line(note);
        }
    }

    private static final String HANDOVER_GROWTH_MISSED = "A rewrite that costs more per KB on the larger page than on the "
            + "smaller one grows faster than the page. Compare hostWalkFloor's growth first: the storage-format stand-in's "
            + "walk is the tests' regular-expression reader, not Confluence's, and a walk that slows per KB on 1 MB is the "
            + "stand-in or the memory (the body no longer fits the CPU's caches). Only the panels' typed parameters are "
            + "ours to read and set, once per panel, whatever the page's size.";

    private static final String ITEM_GROWTH_MISSED = "A job whose pages cost more each at 2,000 than at 200 grows faster than "
            + "its pages. Per item the job adds one ledger read per batch of 25, the results and the progress saved per "
            + "batch, and the progress counted from the batch's results only, none of which depends on the job's size: "
            + "check that the bytes per item stay flat, and if only the time grows, re-run on a quiet machine.";

    /** Issue 13's figures: one page handed over, by its size, and a whole job per item; both must grow linearly. */
    private void handover() {
        Measurement rewrite1mb = findWith("HandoverBenchmark.rewritePage", Map.of("pageKb", "1000", "panels", "20"));
        Measurement walk1mb = findWith("HandoverBenchmark.hostWalkFloor", Map.of("pageKb", "1000", "panels", "20"));
        Measurement job200 = findWith("HandoverJobBenchmark.reassignEveryPage", Map.of("items", "200"));
        Measurement job2000 = findWith("HandoverJobBenchmark.reassignEveryPage", Map.of("items", "2000"));
        Measurement onePage = findWith("HandoverBenchmark.rewritePage", Map.of("pageKb", "10", "panels", "1"));
        double perItem200 = job200.median() / 200;
        double perItem2000 = job2000.median() / 2000;
        double bytesPerItem200 = job200.bytesPerOp() / 200;
        double bytesPerItem2000 = job2000.bytesPerOp() / 2000;

        line("");
        line("## Reassignment");
        line("");
        line("| Figure | Measured | Verdict |");
        line("|---|---|---|");
        List<String> missed = new ArrayList<>();
        budget("Handing over a 1 MB page with 20 panels, as a ratio to the storage walk alone", String.format(Locale.ROOT,
                "%.2fx (median %s ns / %s ns)", rewrite1mb.median() / walk1mb.median(), ns(rewrite1mb.median()), ns(walk1mb.median())),
                true, missed, "");
        for (String panels : List.of("1", "20")) {
            double perKbTo100 = perKb("HandoverBenchmark.rewritePage", panels, "10", "100", Measurement::min);
            double perKbTo1000 = perKb("HandoverBenchmark.rewritePage", panels, "100", "1000", Measurement::min);
            double bytesTo100 = perKb("HandoverBenchmark.rewritePage", panels, "10", "100", Measurement::bytesPerOp);
            double bytesTo1000 = perKb("HandoverBenchmark.rewritePage", panels, "100", "1000", Measurement::bytesPerOp);
            budget("A page's handover grows linearly with the page (" + panels + (panels.equals("1") ? " panel)" : " panels)"),
                    String.format(Locale.ROOT, "per KB from 10 to 100 KB, then from 100 KB to 1 MB: %s then %s ns "
                            + "(fastest iterations); %s then %s B", ns(perKbTo100), ns(perKbTo1000), ns(bytesTo100), ns(bytesTo1000)),
                    perKbTo1000 <= 1.5 * perKbTo100 && bytesTo1000 <= 1.5 * bytesTo100, missed, HANDOVER_GROWTH_MISSED);
        }
        budget("A job's cost per page stays flat from 200 to 2,000 pages (10 KB pages, one panel each)", String.format(Locale.ROOT,
                "per page %s then %s ns (fastest iterations; medians %s then %s ns); %s then %s B; one such page alone: %s ns "
                        + "(fastest iteration)", ns(job200.min() / 200), ns(job2000.min() / 2000), ns(perItem200), ns(perItem2000),
                ns(bytesPerItem200), ns(bytesPerItem2000), ns(onePage.min())),
                job2000.min() / 2000 <= 1.5 * job200.min() / 200 && bytesPerItem2000 <= 1.5 * bytesPerItem200, missed,
                ITEM_GROWTH_MISSED);
        line("");
        line("The job's figures are per page: JMH measures the whole job as one operation (its time in the results table "
                + "is the job's), and this table divides it by the job's pages. Growth counts as linear while the larger size "
                + "costs at most 1.5 times per KB, or per page, what the smaller one does, in time and in bytes. Time is "
                + "compared on fastest iterations, as for the panel: the ones least disturbed by other processes, which "
                + "spread these figures widely when the machine is shared. "
                + "The storage walk is the tests' stand-in for Confluence's: the real host parses and writes the page with its "
                + "own XML machinery, whose cost this run cannot measure.");
        for (String note : missed) {
            line("");
            line(note);
        }
    }

    /** What each KB between two page sizes adds, for one panel count. */
    private double perKb(String benchmark, String panels, String fromKb, String toKb,
                         java.util.function.ToDoubleFunction<Measurement> figure) {
        return (figure.applyAsDouble(findWith(benchmark, Map.of("pageKb", toKb, "panels", panels)))
                - figure.applyAsDouble(findWith(benchmark, Map.of("pageKb", fromKb, "panels", panels))))
                / (Double.parseDouble(toKb) - Double.parseDouble(fromKb));
    }

    private Measurement findWith(String benchmark, Map<String, String> values) {
        return results.stream().filter(result -> result.is(benchmark, values)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + benchmark + " " + values));
    }

    private void driView() {
        Measurement view = find("DriFieldBenchmark.viewRender", null);
        Measurement model = find("DriFieldBenchmark.viewModelOnly", null);
        line("");
        line("## The DRI field's view");
        line("");
        line("Every render of the field (issue view, navigator column, edit screen) calls `DriCFType.getVelocityParameters`, "
                + "which reads the stored key once more (one `CustomFieldValuePersister` read), looks that user up once "
                + "(one `UserManager.getUserByKey`), builds the view model, and requires the autocomplete web-resource. Jira "
                + "normally reads the value for the issue as well when it renders a field, so a view of an epic costs about "
                + "one read and one lookup more than with Jira's own user picker; reading the key itself is what lets a key "
                + "no user has any more show as \"Unknown user\" instead of nothing.");
        line("");
        line("Here, with Jira's answers in memory, the view model takes " + ns(model.median()) + " ns (" + ns(model.bytesPerOp())
                + " B) of the " + ns(view.median()) + " ns (" + ns(view.bytesPerOp()) + " B) the rendered cell takes. On a real "
                + "Jira the extra read and lookup cost what Jira's caches cost, which no benchmark here can measure. No budget "
                + "applies and the code is unchanged; issues outside the field's context never call it.");
    }

    private void method() {
        line("");
        line("## What runs");
        line("");
        line("- `PanelRenderBenchmark.velocityTemplate`: `ActivityLeadMacro.execute` for a page view (parameters parsed, "
                + "one lookup per distinct user, rules, view model) rendered by the real Apache Velocity 1.7 engine from "
                + "`templates/activity-lead-panel.vm`, with the host's allowlist and escaping simulated as in the tests and "
                + "parsed templates cached as the hosts cache them. The page names an Activity Lead, a PM and an Owner "
                + "(3 single users), 0, 5 or 20 other reviewers (one deactivated), and a review due within the notice period.");
        line("- `PanelRenderBenchmark.handWrittenFloor`: the same macro call with the same markup appended to one "
                + "`StringBuilder` by hand instead of the template (`HandWrittenPanelTest` proves the HTML is identical).");
        line("- `DriFieldBenchmark.validateOneValue` / `rejectMultiValue`: `DriCFType.validateFromParams` for an edit of an "
                + "epic submitting `alice` (accepted: lookup, active, browse permission, required by the field's context) and "
                + "`alice,bob` (rejected as several users before any lookup).");
        line("- `DriFieldBenchmark.viewRender`: `DriCFType.getVelocityParameters` for the epic rendered by "
                + "`templates/dri/view.vm`; `viewModelOnly` is the first half alone.");
        line("- `RecordingBenchmark.recordPage`: what `OwnershipRecorder` adds to a page save: the search for the macro's name "
                + "in a 10 KB, 100 KB or 1 MB body (the panels at its end), then the record of the first of 1 or 20 panels "
                + "(parse, lookups, rules, JSON). Confluence's macro walk and the property write are the host's and not measured. "
                + "`bodySearchFloor` is the search alone.");
        line("- `ReportBenchmark.velocityTemplate`: `ActivityLeadReportMacro.execute` over a stand-in search result of 50 or "
                + "500 activities (a lead, a PM and an Owner each, among 12 users) rendered by `templates/activity-lead-report.vm`; "
                + "`handWrittenFloor` writes the same rows' values, encoded, with one lookup per distinct user.");
        line("- `HandoverBenchmark.rewritePage`: `ConfluencePageHandovers.handOver` for one page of 10 KB, 100 KB or 1 MB "
                + "(paragraphs, tables and info macros) with 1 or 20 panels spread through it, each naming the leaver as "
                + "Activity Lead among a PM, an Owner and five reviewers: the page read, the edit permission checked, the body "
                + "rewritten by `StorageHandover` through the tests' storage-format stand-in of Confluence's macro walk, and one "
                + "new version saved with its version comment (the saved version goes nowhere, so every call does the whole "
                + "work). `hostWalkFloor` is the stand-in walk alone, with an updater that changes nothing.");
        line("- `HandoverJobBenchmark.reassignEveryPage`: a reassignment job from start to end, `HandoverRun` over an "
                + "in-memory ledger of 200 or 2,000 pages in batches of 25, each a 10 KB page with one panel handed over as "
                + "above; results and progress saved per batch.");
        line("- The host's services (user directory, permissions, texts, base URL, page builder, pages, transactions) are plain in-memory objects: "
                + "the figures are our code and the template engine, with every host answer already cached.");
    }

    private Measurement find(String benchmark, String reviewers) {
        return results.stream().filter(result -> result.is(benchmark, reviewers)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + benchmark + " " + reviewers));
    }

    private String text(String member) {
        return run.get(member).getAsString();
    }

    private static String ns(double nanos) {
        return Double.isNaN(nanos) ? "n/a" : String.format(Locale.ROOT, "%,.0f", nanos);
    }

    private static String us(double nanos) {
        return String.format(Locale.ROOT, "%.2f µs", nanos / 1_000);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
