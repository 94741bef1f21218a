package org.tandem.generator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * {@code generate --families N --seed S}: Tandem's database alone, without the web server or the
 * features, so that Flyway brings the configured database up to date, the history is generated and
 * the process stops. Not a component: only this entry point starts it.
 */
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.tandem.database", "org.tandem.generator"})
public class GenerateMain {

  /** Runs the generator with the command line Tandem was given, then exits. */
  public static void main(String[] args) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(GenerateMain.class)
            .web(WebApplicationType.NONE)
            .properties("tandem.generate=true", "tandem.demo=false")
            .run(args);
    System.exit(SpringApplication.exit(context));
  }
}
