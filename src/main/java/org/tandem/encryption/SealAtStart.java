package org.tandem.encryption;

import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When Tandem starts, her details not yet sealed under the current key are sealed (rows from before
 * encryption, from the synthetic generator, or under a key since rotated). Started as {@code
 * rekey}, every row is re-sealed under the current key instead, after {@code --new-key} has made a
 * new one first in the key file; {@code TandemApplication} then exits.
 */
@Component
@Order(0)
class SealAtStart implements ApplicationRunner {

  /** The command line flag that makes a new current key before re-keying. */
  static final String NEW_KEY = "new-key";

  private final SealingPass pass;
  private final SealedElsewhere elsewhere;
  private final DataKeys keys;
  private final boolean rekey;

  SealAtStart(
      SealingPass pass,
      SealedElsewhere elsewhere,
      DataKeys keys,
      @Value("${tandem.rekey:false}") boolean rekey) {
    this.pass = pass;
    this.elsewhere = elsewhere;
    this.keys = keys;
    this.rekey = rekey;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (rekey && args.containsOption(NEW_KEY)) {
      keys.addNewKey();
    }
    pass.run(rekey);
    elsewhere.run();
  }
}
