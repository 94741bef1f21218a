package org.tandem.encryption;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.tandem.access.Areas;
import org.tandem.access.AuditLog;
import org.tandem.access.CurrentUsers;
import org.tandem.access.ScheduledPasses;

/**
 * {@code rekey [--new-key]}: the database, the keys and the sealing pass alone, without the web
 * server or the features, so that Flyway brings the configured database up to date, every woman's
 * details are re-sealed under the current key (a new one first, with {@code --new-key}) and the
 * process stops. Its pass through the wall and its audit are the application's own. Not a
 * component: only this entry point starts it.
 */
@EnableAutoConfiguration
@ComponentScan(
    basePackages = {"org.tandem.database", "org.tandem.calendar", "org.tandem.encryption"})
@Import({ScheduledPasses.class, AuditLog.class, CurrentUsers.class, Areas.class})
public class RekeyMain {

  /** Re-seals her details with the command line Tandem was given, then exits. */
  public static void main(String[] args) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(RekeyMain.class)
            .web(WebApplicationType.NONE)
            .properties("tandem.rekey=true", "tandem.demo=false")
            .run(args);
    System.exit(SpringApplication.exit(context));
  }
}
