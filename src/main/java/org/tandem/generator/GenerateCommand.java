package org.tandem.generator;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code generate --families N --seed S}: fills the configured database (after Flyway has brought
 * it up to date) with a synthetic history and prints its progress and the rows written.
 */
@Component
@ConditionalOnProperty(name = "tandem.generate", havingValue = "true")
class GenerateCommand implements ApplicationRunner {

  private final DataSource dataSource;

  GenerateCommand(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) {
    int families = Integer.parseInt(option(args, "families", "1000"));
    long seed = Long.parseLong(option(args, "seed", "1"));
    System.out.printf("Generating %d families with seed %d%n", families, seed);
    long started = System.nanoTime();
    Map<String, Long> rows =
        SyntheticHistory.generate(dataSource, families, seed, System.out::println);
    double seconds = (System.nanoTime() - started) / 1e9;
    long total = 0;
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      System.out.printf("  %-32s %,12d%n", e.getKey(), e.getValue());
      total += e.getValue();
    }
    System.out.printf("Generated %,d rows in %.1f s%n", total, seconds);
  }

  private static String option(ApplicationArguments args, String name, String otherwise) {
    List<String> values = args.getOptionValues(name);
    if (values != null && !values.isEmpty()) {
      return values.get(values.size() - 1);
    }
    // "--families 1000" (a space, not "="): Spring sees a bare option and a separate argument.
    List<String> raw = List.of(args.getSourceArgs());
    int at = raw.indexOf("--" + name);
    return at >= 0 && at + 1 < raw.size() ? raw.get(at + 1) : otherwise;
  }
}
