package org.tandem.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sealing her details: AES-256-GCM with a fresh nonce for every value, each carrying its key's id,
 * so that a tampered value is refused, a value sealed under a key since rotated still opens, and a
 * value under a key that is not configured fails naming the key, never the value.
 */
class FieldEncryptionTest {

  private static final String HER_NAME = "Invented Wren Ashdown";

  @TempDir Path dir;

  private static DataKeys keys(String current, String previous) throws IOException {
    return new DataKeys(current, previous, "unused", "");
  }

  private DataKeys fileKeys() throws IOException {
    return new DataKeys("", "", dir.toString(), "");
  }

  @Test
  void aValueSealedOpensToItself() throws IOException {
    FieldEncryption encryption = new FieldEncryption(keys(DataKeys.newKey(), ""));
    String sealed = encryption.seal(HER_NAME);
    assertThat(sealed).startsWith("enc:v1:" + encryption.currentKeyId() + ":");
    assertThat(sealed).doesNotContain("Wren");
    assertThat(encryption.open(sealed)).isEqualTo(HER_NAME);
    assertThat(encryption.seal(null)).isNull();
    assertThat(encryption.seal("")).isEmpty();
    assertThat(encryption.open("a plain value from before")).isEqualTo("a plain value from before");
  }

  @Test
  void everySealingUsesAFreshNonce() throws IOException {
    FieldEncryption encryption = new FieldEncryption(keys(DataKeys.newKey(), ""));
    String once = encryption.seal(HER_NAME);
    String twice = encryption.seal(HER_NAME);
    assertThat(once).isNotEqualTo(twice);
    byte[] first = Base64.getDecoder().decode(once.substring(once.lastIndexOf(':') + 1));
    byte[] second = Base64.getDecoder().decode(twice.substring(twice.lastIndexOf(':') + 1));
    assertThat(java.util.Arrays.copyOf(first, 12))
        .isNotEqualTo(java.util.Arrays.copyOf(second, 12));
  }

  @Test
  void aTamperedValueIsRefused() throws IOException {
    FieldEncryption encryption = new FieldEncryption(keys(DataKeys.newKey(), ""));
    String sealed = encryption.seal(HER_NAME);
    String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
    byte[] body = Base64.getDecoder().decode(sealed.substring(prefix.length()));
    body[body.length - 20] ^= 1;
    String tampered = prefix + Base64.getEncoder().encodeToString(body);
    assertThatThrownBy(() -> encryption.open(tampered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not be opened")
        .hasMessageNotContaining("Wren");
  }

  @Test
  void aValueSealedUnderAnOldKeyOpensAfterRotation() throws IOException {
    String oldKey = DataKeys.newKey();
    FieldEncryption before = new FieldEncryption(keys(oldKey, ""));
    String sealedBefore = before.seal(HER_NAME);

    FieldEncryption after = new FieldEncryption(keys(DataKeys.newKey(), oldKey));
    assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
    assertThat(after.open(sealedBefore)).isEqualTo(HER_NAME);
    assertThat(FieldEncryption.keyIdOf(after.seal(HER_NAME))).isEqualTo(after.currentKeyId());
  }

  @Test
  void aNewKeyGoesFirstInTheKeyFileAndTheOldOnesStillOpen() throws IOException {
    DataKeys keys = fileKeys();
    FieldEncryption encryption = new FieldEncryption(keys);
    String sealedBefore = encryption.seal(HER_NAME);
    String oldId = encryption.currentKeyId();

    keys.addNewKey();
    assertThat(encryption.currentKeyId()).isNotEqualTo(oldId);
    assertThat(encryption.open(sealedBefore)).isEqualTo(HER_NAME);
    List<String> lines = Files.readAllLines(dir.resolve(DataKeys.KEY_FILE));
    assertThat(lines).hasSize(2);
    assertThat(DataKeys.key(lines.get(0)).id()).isEqualTo(encryption.currentKeyId());
    assertThat(DataKeys.key(lines.get(1)).id()).isEqualTo(oldId);

    // A second start reads the same keys in the same order.
    FieldEncryption restarted = new FieldEncryption(fileKeys());
    assertThat(restarted.currentKeyId()).isEqualTo(encryption.currentKeyId());
    assertThat(restarted.open(sealedBefore)).isEqualTo(HER_NAME);
  }

  @Test
  void aKeyFromTheEnvironmentIsNotReplacedByTheCommand() throws IOException {
    DataKeys keys = keys(DataKeys.newKey(), "");
    assertThatThrownBy(keys::addNewKey).hasMessageContaining("TANDEM_DATA_KEY_PREVIOUS");
  }

  @Test
  void aValueUnderAnUnknownKeyFailsNamingTheKeyNotTheValue() throws IOException {
    FieldEncryption elsewhere = new FieldEncryption(keys(DataKeys.newKey(), ""));
    String sealed = elsewhere.seal(HER_NAME);
    FieldEncryption here = new FieldEncryption(keys(DataKeys.newKey(), ""));
    assertThatThrownBy(() -> here.open(sealed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(elsewhere.currentKeyId())
        .hasMessageNotContaining("Wren")
        .hasMessageNotContaining(sealed.substring(sealed.lastIndexOf(':') + 1));
  }

  @Test
  void herLookupHashesMatchOnlyTheSameNormalisedValue() throws IOException {
    FieldEncryption encryption = new FieldEncryption(keys(DataKeys.newKey(), ""));
    HerLookup lookup = new HerLookup(encryption);
    assertThat(lookup.phone("07700 900123")).isEqualTo(lookup.phone("+44 7700 900123"));
    assertThat(lookup.phone("07700 900123")).isNotEqualTo(lookup.phone("07700 900124"));
    assertThat(lookup.email("Wren@Example.org ")).isEqualTo(lookup.email("wren@example.org"));
    assertThat(lookup.name("Wren", "Ashdown")).isEqualTo(lookup.name("  wren   ASHDOWN "));
    assertThat(lookup.name("Wren", "Ashdown")).isNotEqualTo(lookup.name("Wren Ash"));
    // A phone number's digits and the same digits as a name are hashed apart.
    assertThat(lookup.phone("700900123")).isNotEqualTo(lookup.name("700900123"));
    assertThat(lookup.phone(null)).isNull();
    // Under another key the same value hashes differently: the hash is keyed.
    HerLookup other = new HerLookup(new FieldEncryption(keys(DataKeys.newKey(), "")));
    assertThat(other.email("wren@example.org")).isNotEqualTo(lookup.email("wren@example.org"));
  }
}
