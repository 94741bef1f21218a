package org.tandem.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After the load: the national dataset of every generated area, read to its last byte as a national
 * collector's system would, with the server's heap watched through its GC log (the heap each
 * collection leaves behind); then Tandem is stopped and the summary printed, failing the build if a
 * target is missed.
 */
public final class BenchFinish {

  private static final Pattern GC =
      Pattern.compile("^\\[(\\d+)ms\\].*Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private BenchFinish() {}

  public static void main(String[] args) throws Exception {
    try {
      long exportStarted = System.currentTimeMillis();
      Results.put("export started", Long.toString(exportStarted));
      export("one area", "&area=" + firstArea());
      export("every area", "");
      Results.put("export ended", Long.toString(System.currentTimeMillis()));
      Thread.sleep(1000);
      heap();
    } finally {
      TandemProcess.stop();
    }
    Summary.print();
  }

  private static String firstArea() throws IOException {
    return Results.all().getProperty("first area", "GNAA");
  }

  private static void export(String name, String scope) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String path =
        "/api/v1/outcomes/national-dataset?format=csv&from=2000-01-01&to="
            + LocalDate.now().plusDays(1)
            + scope;
    long started = System.nanoTime();
    long startedAt = System.currentTimeMillis();
    HttpResponse<InputStream> r =
        http.send(
            HttpRequest.newBuilder(URI.create(Bench.BASE + path))
                .header("Authorization", "Bearer " + Bench.token("gn.manager"))
                .timeout(Duration.ofMinutes(5))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    long lines = 0;
    long firstByte = -1;
    try (InputStream in = r.body()) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (firstByte < 0) {
          firstByte = (System.nanoTime() - started) / 1_000_000;
        }
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    long took = (System.nanoTime() - started) / 1_000_000;
    String k = "dataset." + name;
    Results.put(k + ".status", Integer.toString(r.statusCode()));
    Results.put(k + ".millis", Long.toString(took));
    Results.put(k + ".first byte millis", Long.toString(firstByte));
    Results.put(k + ".rows", Long.toString(Math.max(0, lines - 1)));
    Results.put(k + ".bytes", Long.toString(bytes));
    Results.put(k + ".from", Long.toString(startedAt));
    Results.put(k + ".to", Long.toString(System.currentTimeMillis()));
    System.out.printf(
        "bench: national dataset, %s: %d, %d rows, %d bytes in %d ms%n",
        name, r.statusCode(), lines - 1, bytes, took);
  }

  /** The heap left after each collection: under the load, and during each export. */
  private static void heap() throws IOException {
    var results = Results.all();
    long loadFrom = Long.parseLong(results.getProperty("load started", "0"));
    long exportFrom = Long.parseLong(results.getProperty("export started", "0"));
    List<long[]> collections = new ArrayList<>();
    if (Files.exists(TandemProcess.GC_LOG)) {
      for (String line : Files.readAllLines(TandemProcess.GC_LOG)) {
        Matcher m = GC.matcher(line);
        if (m.find()) {
          collections.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(3))});
        }
      }
    }
    Results.put("heap.load", Long.toString(maxAfter(collections, loadFrom, exportFrom)));
    for (String name : List.of("one area", "every area")) {
      long from = Long.parseLong(results.getProperty("dataset." + name + ".from", "0"));
      long to = Long.parseLong(results.getProperty("dataset." + name + ".to", "0"));
      Results.put("heap." + name, Long.toString(maxAfter(collections, from, to + 500)));
      Results.put(
          "heap." + name + ".collections",
          Long.toString(collections.stream().filter(c -> c[0] >= from && c[0] <= to).count()));
    }
  }

  private static long maxAfter(List<long[]> collections, long from, long to) {
    return collections.stream()
        .filter(c -> c[0] >= from && c[0] <= to)
        .mapToLong(c -> c[1])
        .max()
        .orElse(-1);
  }
}
