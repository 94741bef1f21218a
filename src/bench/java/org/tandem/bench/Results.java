package org.tandem.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Figures the bench's steps hand to each other and to the summary, kept in one file. */
final class Results {

  private static final Path FILE = Bench.OUT.resolve("results.properties");

  private Results() {}

  static synchronized void put(String key, String value) throws IOException {
    Properties p = all();
    p.setProperty(key, value);
    Files.createDirectories(FILE.getParent());
    try (Writer w = Files.newBufferedWriter(FILE)) {
      p.store(w, "issue 14 benchmark");
    }
  }

  static synchronized Properties all() throws IOException {
    Properties p = new Properties();
    if (Files.exists(FILE)) {
      try (Reader r = Files.newBufferedReader(FILE)) {
        p.load(r);
      }
    }
    return p;
  }

  /** Starts a run's figures afresh. */
  static synchronized void clear() throws IOException {
    Files.deleteIfExists(FILE);
  }
}
