package org.tandem.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The table the benchmark ends with: every kind of request with its count, p50, p95 and p99 from
 * Gatling's report, its floors and its target, then the national dataset and the cold start; the
 * last line says whether every target was met, and the build fails if not.
 */
final class Summary {

  private static final double RATIO = 1.5;

  /** Requests with a target of their own, besides the reads (whose targets are on {@link Read}). */
  private static final Map<String, Long> OTHER_TARGETS =
      Map.of(PractitionersSimulation.RECORD_SESSION, 150L);

  private record Stats(long count, long errors, long p50, long p95, long p99, double perSecond) {}

  private final List<String> rows = new ArrayList<>();
  private final List<String> missed = new ArrayList<>();

  private Summary() {}

  static void print() throws IOException {
    new Summary().run();
  }

  private void run() throws IOException {
    Properties results = Results.all();
    Map<String, Stats> stats = gatlingStats();
    Stats framework = stats.get(PractitionersSimulation.FLOOR);
    double frameworkP95 = framework == null ? 0 : framework.p95();
    rows.add(
        "| kind | count | a second | errors | p50 | p95 | p99 | SQL floor p95 | × floors |"
            + " target (p95) | met? |");
    rows.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
    long errors = 0;
    for (Map.Entry<String, Stats> e : stats.entrySet()) {
      String kind = e.getKey();
      Stats s = e.getValue();
      errors += s.errors();
      Read read = Read.ALL.stream().filter(r -> r.name().equals(kind)).findFirst().orElse(null);
      String floor = results.getProperty("floor." + kind + ".p95");
      List<String> targets = new ArrayList<>();
      boolean met = true;
      long own = read != null ? read.targetMillis() : OTHER_TARGETS.getOrDefault(kind, 0L);
      if (own > 0) {
        targets.add("≤ " + own + " ms");
        met &= s.p95() <= own;
      }
      String times = "—";
      if (read != null && floor != null) {
        double floors = Double.parseDouble(floor) + frameworkP95;
        times = String.format(Locale.ROOT, "%.2f", s.p95() / Math.max(1, floors));
        double bound = RATIO * floors;
        targets.add(String.format(Locale.ROOT, "≤ 1.5 × (floors) = %.0f ms", bound));
        met &= s.p95() <= bound;
      } else if (read != null) {
        targets.add("floor not captured");
        met = false;
      }
      if (s.errors() > 0) {
        met = false;
      }
      String verdict = targets.isEmpty() && s.errors() == 0 ? "—" : met ? "yes" : "**no**";
      if (!met) {
        missed.add(kind);
      }
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.1f | %d | %d | %d | %d | %s | %s | %s | %s |",
              kind,
              s.count(),
              s.perSecond(),
              s.errors(),
              s.p50(),
              s.p95(),
              s.p99(),
              floor == null ? "—" : floor,
              times,
              targets.isEmpty() ? "—" : String.join(" and ", targets),
              verdict));
    }
    if (errors > 0) {
      missed.add(errors + " failed requests");
    }
    dataset(results);
    coldStart(results);
    rows.add("");
    rows.add(
        missed.isEmpty()
            ? "bench: all targets met"
            : "bench: targets missed: " + String.join("; ", missed));
    String table = String.join("\n", rows);
    Files.writeString(Bench.OUT.resolve("summary.md"), table + "\n");
    System.out.println();
    System.out.println(table);
    if (!missed.isEmpty()) {
      throw new IllegalStateException("bench: targets missed: " + String.join("; ", missed));
    }
  }

  private void dataset(Properties r) {
    String k = "dataset.every area.";
    long millis = Long.parseLong(r.getProperty(k + "millis", "-1"));
    boolean ok = "200".equals(r.getProperty(k + "status")) && millis >= 0 && millis <= 10_000;
    long load = Long.parseLong(r.getProperty("heap.load", "-1"));
    long all = Long.parseLong(r.getProperty("heap.every area", "-1"));
    long one = Long.parseLong(r.getProperty("heap.one area", "-1"));
    // Streamed, the heap a collection leaves behind during the export stays near what it is
    // under the load; held whole, it grows with the rows.
    boolean flat = all < 0 || load < 0 || all <= load + 64;
    rows.add(
        String.format(
            Locale.ROOT,
            "| national dataset, every area (%s rows, %s bytes) | 1 | | %s | %d | %d | %d | — | — |"
                + " ≤ 10,000 ms | %s |",
            r.getProperty(k + "rows"),
            r.getProperty(k + "bytes"),
            ok ? "0" : "1",
            millis,
            millis,
            millis,
            ok ? "yes" : "**no**"));
    rows.add(
        String.format(
            Locale.ROOT,
            "| heap after GC (MiB): under the load %d, exporting one area %d, every area %d | | | |"
                + " | | | | | ≤ load + 64 MiB | %s |",
            load,
            one,
            all,
            flat ? "yes" : "**no**"));
    if (!ok) {
      missed.add("national dataset in " + millis + " ms");
    }
    if (!flat) {
      missed.add("national dataset heap grows (" + load + " → " + all + " MiB)");
    }
  }

  private void coldStart(Properties r) {
    long millis = Long.parseLong(r.getProperty("cold start", "-1"));
    boolean ok = millis >= 0 && millis <= 10_000;
    rows.add(
        String.format(
            Locale.ROOT,
            "| cold start on the embedded database (process start to health UP) | 1 | | 0 | %d | %d"
                + " | %d | — | — | ≤ 10,000 ms | %s |",
            millis,
            millis,
            millis,
            ok ? "yes" : "**no**"));
    if (!ok) {
      missed.add("cold start " + millis + " ms");
    }
  }

  /** Per request name, from the newest Gatling report's stats.json. */
  private static Map<String, Stats> gatlingStats() throws IOException {
    Path reports = Bench.TARGET.resolve("gatling");
    Path newest;
    try (Stream<Path> dirs = Files.list(reports)) {
      newest =
          dirs.filter(d -> Files.exists(d.resolve("js/stats.js")))
              .max(Comparator.comparingLong(d -> d.toFile().lastModified()))
              .orElseThrow(() -> new IllegalStateException("No Gatling report under " + reports));
    }
    System.out.println("bench: Gatling's report is " + newest.resolve("index.html"));
    // Gatling writes its figures as a script, "var stats = {...}" with unquoted names, followed
    // by the code that shows them; the object alone is read.
    String script = Files.readString(newest.resolve("js/stats.js"));
    ObjectMapper json = new ObjectMapper();
    json.configure(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES, true);
    JsonNode root = json.readTree(script.substring(script.indexOf('{')));
    Map<String, Stats> stats = new LinkedHashMap<>();
    collect(root, stats);
    return stats;
  }

  private static void collect(JsonNode node, Map<String, Stats> into) {
    JsonNode contents = node.path("contents");
    contents
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode child = e.getValue();
              if ("REQUEST".equals(child.path("type").asText())) {
                JsonNode s = child.path("stats");
                into.put(
                    s.path("name").asText(),
                    new Stats(
                        s.path("numberOfRequests").path("total").asLong(),
                        s.path("numberOfRequests").path("ko").asLong(),
                        s.path("percentiles1").path("total").asLong(),
                        s.path("percentiles3").path("total").asLong(),
                        s.path("percentiles4").path("total").asLong(),
                        s.path("meanNumberOfRequestsPerSecond").path("total").asDouble()));
              } else {
                collect(child, into);
              }
            });
  }
}
