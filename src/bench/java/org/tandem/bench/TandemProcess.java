package org.tandem.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tandem started from its jar as an operator would, heap capped at 512 MiB, on the bench's data.
 * Its pid is kept in a file so the finishing step, in another Maven step, can stop it, and so a
 * server left over from an interrupted run is stopped before the next one starts.
 */
final class TandemProcess {

  static final Path PID = Bench.OUT.resolve("tandem.pid");
  static final Path GC_LOG = Bench.OUT.resolve("gc.log");

  private TandemProcess() {}

  /** Starts Tandem and returns the milliseconds from starting the process to health UP. */
  static long start(String logName, List<String> extraArguments)
      throws IOException, InterruptedException {
    stopLeftover();
    refuseATakenPort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Xlog:gc:file=" + GC_LOG.toAbsolutePath() + ":timemillis");
    command.add("-jar");
    command.add(Bench.jar().toAbsolutePath().toString());
    command.add("--server.port=" + Bench.PORT);
    command.add("--tandem.data-dir=" + Bench.DATA.toAbsolutePath());
    command.addAll(extraArguments);
    Files.createDirectories(Bench.OUT);
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Bench.OUT.resolve(logName).toFile())
            .start();
    Files.writeString(PID, Long.toString(process.pid()));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(Bench.BASE + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Tandem stopped while starting; see " + Bench.OUT.resolve(logName));
      }
      try {
        HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return (System.nanoTime() - started) / 1_000_000;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Tandem was not healthy within 3 minutes");
  }

  static long pid() throws IOException {
    return Long.parseLong(Files.readString(PID).strip());
  }

  /** Stops the Tandem this bench started, gracefully, as its operator would. */
  static void stop() throws IOException {
    if (!Files.exists(PID)) {
      return;
    }
    ProcessHandle.of(pid())
        .ifPresent(
            p -> {
              p.destroy();
              p.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
            });
    Files.delete(PID);
  }

  /** Another Tandem on the bench's port would be measured instead of this one. */
  private static void refuseATakenPort() {
    try (java.net.Socket s = new java.net.Socket("localhost", Bench.PORT)) {
      throw new IllegalStateException(
          "Port " + Bench.PORT + " is already in use; choose another with -Dbench.port=");
    } catch (IOException free) {
      // Nothing listens there: the port is the bench's.
    }
  }

  private static void stopLeftover() throws IOException {
    if (Files.exists(PID)) {
      System.out.println("bench: stopping a Tandem left over from an earlier run");
      stop();
    }
  }
}
