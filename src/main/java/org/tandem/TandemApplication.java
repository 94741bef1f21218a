package org.tandem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tandem.backup.BackupMain;
import org.tandem.encryption.RekeyMain;
import org.tandem.generator.GenerateMain;

/** Tandem: case management and outcome measurement for domestic violence prevention services. */
@SpringBootApplication
public class TandemApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("generate")) {
      GenerateMain.main(args);
      return;
    }
    if (BackupMain.handles(args)) {
      BackupMain.main(args);
      return;
    }
    if (args.length > 0 && args[0].equals("rekey")) {
      RekeyMain.main(args);
      return;
    }
    SpringApplication.run(TandemApplication.class, args);
  }
}
