package org.activitylead.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One benchmark of a JMH JSON result: its time per operation in every measurement iteration of every fork, JMH's own
 * mean and 99.9% error, and the bytes the GC profiler saw allocated per operation.
 */
record Measurement(String benchmark, Map<String, String> params, List<Double> iterations, double mean, double error,
                   String unit, Double bytesPerOp) {

    static Measurement of(JsonObject result) {
        String fullName = result.get("benchmark").getAsString();
        String[] parts = fullName.split("\\.");
        Map<String, String> params = new TreeMap<>();
        if (result.has("params")) {
            result.getAsJsonObject("params").entrySet().forEach(param -> params.put(param.getKey(), param.getValue().getAsString()));
        }
        JsonObject primary = result.getAsJsonObject("primaryMetric");
        List<Double> iterations = new ArrayList<>();
        for (JsonElement fork : primary.getAsJsonArray("rawData")) {
            for (JsonElement iteration : (JsonArray) fork) {
                iterations.add(iteration.getAsDouble());
            }
        }
        JsonObject secondary = result.getAsJsonObject("secondaryMetrics");
        JsonObject allocation = secondary == null ? null : secondary.getAsJsonObject("gc.alloc.rate.norm");
        return new Measurement(parts[parts.length - 2] + "." + parts[parts.length - 1], params, List.copyOf(iterations),
                primary.get("score").getAsDouble(), errorOf(primary), primary.get("scoreUnit").getAsString(),
                allocation == null ? null : allocation.get("score").getAsDouble());
    }

    /** JMH writes "NaN" as the error when there are too few iterations to give one. */
    private static double errorOf(JsonObject primary) {
        JsonElement error = primary.get("scoreError");
        return error.isJsonPrimitive() && error.getAsJsonPrimitive().isNumber() ? error.getAsDouble() : Double.NaN;
    }

    double median() {
        return percentile(50);
    }

    /** Linear interpolation between the sorted iteration results (as a spreadsheet's PERCENTILE.INC). */
    double percentile(double percent) {
        List<Double> sorted = iterations.stream().sorted().toList();
        double rank = percent / 100 * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (rank - below);
    }

    double min() {
        return percentile(0);
    }

    double max() {
        return percentile(100);
    }

    boolean is(String name, String reviewers) {
        return benchmark.equals(name) && (reviewers == null || reviewers.equals(params.get("reviewers")));
    }

    /** This benchmark with exactly these parameter values (others may be set too). */
    boolean is(String name, Map<String, String> values) {
        return benchmark.equals(name) && values.entrySet().stream().allMatch(value -> value.getValue().equals(params.get(value.getKey())));
    }
}
