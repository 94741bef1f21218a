package org.tandem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.tandem.generator.GenerateMain;

/** Tandem: case management and outcome measurement for domestic violence prevention services. */
@SpringBootApplication
public class TandemApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("generate")) {
      GenerateMain.main(args);
      return;
    }
    if (args.length > 0 && args[0].equals("rekey")) {
      // rekey [--new-key]: re-seals her details under the current (or a new) data key, then exits.
      System.exit(
          SpringApplication.exit(
              new SpringApplicationBuilder(TandemApplication.class)
                  .web(WebApplicationType.NONE)
                  .properties("tandem.rekey=true", "tandem.demo=false")
                  .run(args)));
    }
    SpringApplication.run(TandemApplication.class, args);
  }
}
