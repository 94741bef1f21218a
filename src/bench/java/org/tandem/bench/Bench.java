package org.tandem.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * Where the benchmark keeps its things and how its parts find Tandem and its database. Maven passes
 * the settings as system properties; each has the default a plain {@code ./mvnw -Pbench verify}
 * uses.
 */
final class Bench {

  static final String PASSWORD = "Tandem-bench-2026";
  static final long SEED = 7;

  static final Path TARGET = Path.of(System.getProperty("bench.target", "target"));
  static final Path DATA = TARGET.resolve("bench-data");
  static final Path OUT = TARGET.resolve("bench");
  static final int PORT = Integer.getInteger("bench.port", 8181);
  static final String BASE = "http://localhost:" + PORT;
  static final int FAMILIES = Integer.getInteger("bench.families", 100_000);
  static final int USERS = Integer.getInteger("bench.users", 50);
  static final int SECONDS = Integer.getInteger("bench.seconds", 180);

  private Bench() {}

  static Path jar() throws IOException {
    try (var files = Files.list(TARGET)) {
      return files
          .filter(p -> p.getFileName().toString().matches("tandem-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No Tandem jar under " + TARGET));
    }
  }

  /**
   * A connection straight to the embedded PostgreSQL Tandem is running on: its port is the fourth
   * line of the server's postmaster.pid.
   */
  static Connection database() throws IOException, SQLException {
    List<String> pid = Files.readAllLines(DATA.resolve("postgres").resolve("postmaster.pid"));
    String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
    return DriverManager.getConnection(url, "postgres", "");
  }

  static String token(String username) {
    return "tdm_bench_" + username.replace('.', '_');
  }
}
