package org.tandem.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * {@code backup FILE} and {@code restore FILE [--replace]}: Tandem's database alone (embedded under
 * {@code tandem.data-dir}, or {@code TANDEM_DB_URL}), without the web server, the features or
 * Flyway's start-up run; the command does its work, prints what it did and exits, non-zero with a
 * message on failure. Not a component: only this entry point starts it.
 */
@EnableAutoConfiguration
@ComponentScan(basePackages = "org.tandem.database")
public class BackupMain {

  static final String USAGE =
      "Usage: java -jar tandem.jar backup FILE\n"
          + "       java -jar tandem.jar restore FILE [--replace]";

  /** Whether the command line asks for a backup or a restore. */
  public static boolean handles(String[] args) {
    return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
  }

  /** Runs the backup or restore the command line asks for, then exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The command's exit status: 0 done, 1 failed, 2 not understood. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> files = new ArrayList<>();
    boolean replace = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--replace")) {
        replace = true;
      } else if (!args[i].startsWith("--")) {
        files.add(args[i]);
      }
    }
    if (!handles(args) || files.size() != 1 || (replace && args[0].equals("backup"))) {
      err.println(USAGE);
      return 2;
    }
    Path file = Path.of(files.get(0)).toAbsolutePath().normalize();
    ConfigurableApplicationContext context;
    try {
      context =
          new SpringApplicationBuilder(BackupMain.class)
              .web(WebApplicationType.NONE)
              .bannerMode(Banner.Mode.OFF)
              .logStartupInfo(false)
              // Quiet only the libraries that start the database: a level set here outlives the
              // command when it runs inside another application (as in the tests), so Tandem's
              // own logging is left as it was.
              .properties(
                  "spring.flyway.enabled=false",
                  "logging.level.org.springframework=WARN",
                  "logging.level.org.flywaydb=WARN",
                  "logging.level.com.zaxxer=WARN",
                  "logging.level.io.zonky=WARN")
              .run(args);
    } catch (RuntimeException e) {
      err.println("Could not start the database: " + innermost(e).getMessage());
      return 1;
    }
    try (context) {
      DataSource dataSource = context.getBean(DataSource.class);
      if (args[0].equals("backup")) {
        Manifest made =
            new DatabaseBackup(dataSource)
                .writeTo(file, (table, rows) -> out.printf("  %-36s %,12d rows%n", table, rows));
        out.printf(
            "Backed up %d tables at schema version %s to %s%n",
            made.tables().size(), made.schemaVersion(), file);
        out.println(
            "Her details in it are sealed: keep the data key (TANDEM_DATA_KEY or the data-keys file) safe and apart from the backups; it is needed to read them.");
      } else {
        Manifest restored = new DatabaseRestore(dataSource).restore(file, replace, out::println);
        out.printf(
            "Restored %d tables (%,d rows) at schema version %s, as they were at %s%n",
            restored.tables().size(),
            restored.tables().stream().mapToLong(Manifest.TableData::rows).sum(),
            restored.schemaVersion(),
            restored.takenAt());
        out.println(
            "Her sealed details open only with the data key in use when the backup was taken.");
      }
      return 0;
    } catch (BackupException e) {
      err.println(e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println(args[0] + " failed: " + innermost(e).getMessage());
      return 1;
    }
  }

  private static Throwable innermost(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
