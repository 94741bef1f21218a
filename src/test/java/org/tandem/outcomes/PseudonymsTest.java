package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The national dataset's pseudonyms: keyed, stable, short, and never the reference. */
class PseudonymsTest {

  private static final String KEY = "an-invented-test-key-0123456789abcdef";

  @Test
  void isTheKeyedHashOfTheReferenceCutToSixteenHexCharacters() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal("NMR-0007".getBytes(StandardCharsets.UTF_8)))
            .substring(0, 16);

    assertThat(new Pseudonyms(KEY).of("NMR-0007")).isEqualTo("P-" + expected);
  }

  @Test
  void theSameReferenceUnderTheSameKeyAlwaysGivesTheSamePseudonym() {
    assertThat(new Pseudonyms(KEY).of("NMR-0001")).isEqualTo(new Pseudonyms(KEY).of("NMR-0001"));
  }

  @Test
  void anotherKeyGivesAnotherPseudonymSoItCannotBeWorkedOutWithoutTheKey() {
    assertThat(new Pseudonyms(KEY).of("NMR-0001"))
        .isNotEqualTo(new Pseudonyms(KEY + "x").of("NMR-0001"));
  }

  @Test
  void pseudonymsHaveOneFormNeverHoldTheReferenceAndDoNotCollideOnAServiceSizedCaseload() {
    Pseudonyms pseudonyms = new Pseudonyms(KEY);
    Set<String> seen = new HashSet<>();
    for (String area : new String[] {"NMR", "EWV", "ZQ"}) {
      for (int n = 1; n <= 5000; n++) {
        String reference = area + "-" + String.format("%04d", n);
        String p = pseudonyms.of(reference);
        assertThat(Pseudonyms.looksLikeOne(p)).as(p).isTrue();
        assertThat(p).doesNotContain(reference).doesNotContain(area + "-");
        assertThat(seen.add(p)).as("a collision at " + reference).isTrue();
      }
    }
  }

  @Test
  void aBlankKeyIsRefused() {
    assertThatThrownBy(() -> new Pseudonyms(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
