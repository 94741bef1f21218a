package org.tandem.bench;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL each measured read runs, taken from PostgreSQL itself rather than copied from the code:
 * Tandem is started once with the database logging every statement and its parameters, each read is
 * made a few times, one request at a time, and the statements logged while it ran are kept, with
 * their parameters written in as the literals PostgreSQL logged, for the database floor to replay.
 */
final class SqlCapture {

  /** The statements one request ran, each ready to execute. */
  record Sample(String kind, List<String> statements) implements Serializable {}

  static final Path FILE = Bench.OUT.resolve("sql-capture.ser");
  private static final Path PG_LOG = Bench.OUT.resolve("pglog").resolve("statements.log");
  private static final Path CONF = Bench.DATA.resolve("postgres").resolve("postgresql.auto.conf");
  private static final int AREAS = 3;
  private static final Set<String> TRANSACTION_CONTROL =
      Set.of("BEGIN", "COMMIT", "ROLLBACK", "SET", "SHOW", "RESET", "SAVEPOINT", "RELEASE");

  private SqlCapture() {}

  static void run() throws Exception {
    Files.createDirectories(PG_LOG.getParent());
    Files.deleteIfExists(PG_LOG);
    String conf = Files.readString(CONF);
    Files.writeString(
        CONF,
        conf
            + "\n# The bench's SQL capture; removed when it ends.\n"
            + "logging_collector = on\n"
            + "log_directory = '"
            + PG_LOG.getParent().toAbsolutePath()
            + "'\n"
            + "log_filename = 'statements.log'\n"
            + "log_rotation_size = 0\n"
            + "log_statement = 'all'\n"
            + "log_line_prefix = '@@%p|'\n");
    try {
      TandemProcess.start("capture.log", List.of());
      capture();
    } finally {
      TandemProcess.stop();
      Files.writeString(CONF, conf);
    }
  }

  private static void capture() throws Exception {
    BenchData data = BenchData.load();
    Results.put("first area", data.areas.get(0));
    List<Sample> samples = new ArrayList<>();
    Map<String, Browser> browsers = new HashMap<>();
    for (int a = 0; a < AREAS && a < data.areas.size(); a++) {
      String area = data.areas.get(a);
      for (Read read : Read.ALL) {
        String who = read.username(area);
        Browser browser = browsers.get(who);
        if (browser == null) {
          browser = new Browser(who);
          if (!read.api()) {
            browser.signIn();
          }
          browsers.put(who, browser);
        }
        String path = fill(read.path(), data, area, a);
        Thread.sleep(300);
        long from = Files.size(PG_LOG);
        browser.get(path, read.api());
        Thread.sleep(300);
        samples.add(new Sample(read.name(), statements(from)));
      }
    }
    try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(FILE))) {
      out.writeObject(new ArrayList<>(samples));
    }
    StringBuilder readable = new StringBuilder();
    for (Sample s : samples) {
      readable.append("## ").append(s.kind()).append(" (").append(s.statements().size());
      readable.append(" statements)\n");
      s.statements().forEach(st -> readable.append(st).append(";\n"));
    }
    Files.writeString(Bench.OUT.resolve("sql-capture.txt"), readable);
  }

  /** A read's path with the n-th of the area's cases, women and names put in. */
  static String fill(String path, BenchData data, String area, int n) {
    BenchData.Case c = data.cases.get(area).get(n % data.cases.get(area).size());
    BenchData.Partner p = data.partners.get(area).get(n % data.partners.get(area).size());
    return path.replace("#{ref}", c.reference())
        .replace("#{name}", c.familyName())
        .replace("#{pref}", p.reference())
        .replace("#{partner}", Long.toString(p.id()))
        .replace("#{area}", area);
  }

  /** The statements PostgreSQL logged from the given point of its log on. */
  private static List<String> statements(long from) throws IOException {
    List<String> found = new ArrayList<>();
    String pending = null;
    for (String record : records(from)) {
      String message = record.substring(record.indexOf('|') + 1);
      if (message.startsWith("LOG:  execute ") || message.startsWith("LOG:  statement: ")) {
        add(found, pending);
        pending = message.substring(message.indexOf(": ", 6) + 2);
      } else if (message.startsWith("DETAIL:  Parameters: ") && pending != null) {
        pending = Literals.fill(pending, message.substring("DETAIL:  Parameters: ".length()));
      }
    }
    add(found, pending);
    return found;
  }

  private static void add(List<String> found, String sql) {
    if (sql == null || sql.isBlank()) {
      return;
    }
    String first = sql.strip().split("\\s+", 2)[0].toUpperCase();
    if (!TRANSACTION_CONTROL.contains(first)) {
      found.add(sql.strip());
    }
  }

  /** The log's records from the given point, each with its continuation lines. */
  private static List<String> records(long from) throws IOException {
    String text;
    try (RandomAccessFile f = new RandomAccessFile(PG_LOG.toFile(), "r")) {
      f.seek(from);
      byte[] bytes = new byte[(int) (f.length() - from)];
      f.readFully(bytes);
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    List<String> records = new ArrayList<>();
    StringBuilder current = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("@@")) {
        if (current != null) {
          records.add(current.toString());
        }
        current = new StringBuilder(line.substring(2));
      } else if (current != null) {
        current.append('\n').append(line);
      }
    }
    if (current != null) {
      records.add(current.toString());
    }
    return records;
  }

  @SuppressWarnings("unchecked")
  static List<Sample> load() throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(FILE))) {
      return (List<Sample>) in.readObject();
    }
  }
}
