package org.activitylead.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine the report is written on, which is the one the benchmarks just ran on. */
record Machine(int processors, String cpu, String memory, String loadAverage) {

    private static final String UNKNOWN = "unknown";

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), procField("/proc/cpuinfo", "model name"),
                totalMemory(), procFirstLine("/proc/loadavg"));
    }

    private static String totalMemory() {
        String total = procField("/proc/meminfo", "MemTotal");
        if (total.equals(UNKNOWN)) {
            return total;
        }
        long kib = Long.parseLong(total.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
    }

    /** The value of the first "name : value" line of a /proc file, or unknown where there is no /proc (macOS). */
    private static String procField(String file, String name) {
        return lines(file).stream()
                .filter(line -> line.startsWith(name))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst().orElse(UNKNOWN);
    }

    private static String procFirstLine(String file) {
        List<String> lines = lines(file);
        return lines.isEmpty() ? UNKNOWN : String.join(" ", List.of(lines.get(0).split(" ")).subList(0, 3));
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
