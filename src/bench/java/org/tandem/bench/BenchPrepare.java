package org.tandem.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Before the load: the generated history in target/bench-data (generated once per number of
 * families, reused after), the SQL each measured read runs (captured from Tandem's own log), then
 * Tandem started afresh for the load, its cold start timed from the process starting to health UP.
 */
public final class BenchPrepare {

  private static final Path MARKER = Bench.DATA.resolve("bench-families.txt");

  private BenchPrepare() {}

  public static void main(String[] args) throws Exception {
    Files.createDirectories(Bench.OUT);
    Results.clear();
    ensureHistory();
    SqlCapture.run();
    long coldStart = TandemProcess.start("tandem.log", List.of());
    Results.put("cold start", Long.toString(coldStart));
    Results.put("load started", Long.toString(System.currentTimeMillis()));
    System.out.printf("bench: Tandem healthy %d ms after its process started%n", coldStart);
    warmUp();
  }

  /**
   * Each read made a few times before the load, one at a time, so the figures are those of a
   * service that has been up for a while, not of its first minute's compiling.
   */
  private static void warmUp() throws Exception {
    BenchData data = BenchData.load();
    Map<String, Browser> browsers = new HashMap<>();
    long started = System.nanoTime();
    for (int round = 0; round < 3; round++) {
      String area = data.areas.get(data.areas.size() - 1 - round % data.areas.size());
      for (Read read : Read.ALL) {
        String who = read.username(area);
        Browser b = browsers.get(who);
        if (b == null) {
          b = new Browser(who);
          if (!read.api()) {
            b.signIn();
          }
          browsers.put(who, b);
        }
        b.get(SqlCapture.fill(read.path(), data, area, round), read.api());
      }
    }
    System.out.printf("bench: warmed up in %d ms%n", (System.nanoTime() - started) / 1_000_000);
  }

  private static void ensureHistory() throws IOException, InterruptedException {
    String wanted = "families=" + Bench.FAMILIES + " seed=" + Bench.SEED;
    if (Files.exists(MARKER) && Files.readString(MARKER).strip().equals(wanted)) {
      System.out.println(
          "bench: reusing the generated history in " + Bench.DATA + " (" + wanted + ")");
      return;
    }
    if (Files.exists(Bench.DATA)) {
      System.out.println("bench: " + Bench.DATA + " holds another history; generating afresh");
      deleteTree(Bench.DATA);
    }
    System.out.println("bench: generating " + Bench.FAMILIES + " families into " + Bench.DATA);
    long started = System.nanoTime();
    Process generate =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                Bench.jar().toAbsolutePath().toString(),
                "generate",
                "--families",
                Integer.toString(Bench.FAMILIES),
                "--seed",
                Long.toString(Bench.SEED),
                "--tandem.data-dir=" + Bench.DATA.toAbsolutePath())
            .inheritIO()
            .start();
    if (generate.waitFor() != 0) {
      throw new IllegalStateException("Generating the history failed");
    }
    Files.writeString(MARKER, wanted + "\n");
    Results.put("generation seconds", Long.toString((System.nanoTime() - started) / 1_000_000_000));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
