package org.tandem.encryption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keys her details are sealed with. {@code TANDEM_DATA_KEY} (a base64 256-bit key) when set,
 * with any earlier keys in {@code TANDEM_DATA_KEY_PREVIOUS} (comma-separated) still able to open
 * what they sealed; otherwise the key file {@code data-keys} in the data directory, one key per
 * line, the first being current, made with a fresh key on first start (the demo's). A key's id is
 * the start of its SHA-256, so an id never names a key it is not. {@code tandem.data-keys-file}
 * (TANDEM_DATA_KEYS_FILE) puts the key file somewhere other than the data directory, e.g. apart
 * from the database's backups.
 */
@Component
class DataKeys {

  private static final Logger log = LoggerFactory.getLogger(DataKeys.class);
  static final String KEY_FILE = "data-keys";

  record Key(String id, SecretKey secret) {}

  private final Map<String, Key> byId = new LinkedHashMap<>();
  private final Path keyFile;
  private final boolean fromEnvironment;
  private volatile Key current;

  DataKeys(
      @Value("${tandem.data-key:}") String dataKey,
      @Value("${tandem.data-key-previous:}") String previousKeys,
      @Value("${tandem.data-dir:./data}") String dataDir,
      @Value("${tandem.data-keys-file:}") String keysFile)
      throws IOException {
    this.keyFile = StringUtils.hasText(keysFile) ? Path.of(keysFile) : Path.of(dataDir, KEY_FILE);
    this.fromEnvironment = StringUtils.hasText(dataKey);
    List<String> encoded = new ArrayList<>();
    if (StringUtils.hasText(dataKey)) {
      encoded.add(dataKey.trim());
      for (String previous : previousKeys.split(",")) {
        if (StringUtils.hasText(previous)) {
          encoded.add(previous.trim());
        }
      }
    } else {
      encoded.addAll(keyFile(keyFile));
    }
    for (String one : encoded) {
      Key key = key(one);
      byId.putIfAbsent(key.id(), key);
      if (current == null) {
        current = key;
      }
    }
  }

  /**
   * Makes a new key, writes it first in the key file (the older keys stay below it, so what they
   * sealed still opens) and makes it current: for {@code rekey --new-key}. Refused when the keys
   * come from {@code TANDEM_DATA_KEY}, which the operator sets: there the new key is set by hand,
   * with the old one moved to {@code TANDEM_DATA_KEY_PREVIOUS}.
   */
  synchronized Key addNewKey() throws IOException {
    if (fromEnvironment) {
      throw new IllegalStateException(
          "The data key comes from TANDEM_DATA_KEY: set the new key there and the old one in"
              + " TANDEM_DATA_KEY_PREVIOUS, then run rekey without --new-key");
    }
    String encoded = newKey();
    List<String> lines = new ArrayList<>();
    lines.add(encoded);
    lines.addAll(Files.readAllLines(keyFile, StandardCharsets.US_ASCII));
    Path written = keyFile.resolveSibling(keyFile.getFileName() + ".new");
    Files.write(written, lines, StandardCharsets.US_ASCII);
    ownerOnly(written);
    Files.move(
        written,
        keyFile,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    Key key = key(encoded);
    Map<String, Key> before = new LinkedHashMap<>(byId);
    byId.clear();
    byId.put(key.id(), key);
    byId.putAll(before);
    current = key;
    log.info("Made a new data key {} first in {}", key.id(), keyFile);
    return key;
  }

  Key current() {
    return current;
  }

  Key byId(String id) {
    Key key = byId.get(id);
    if (key == null) {
      throw new IllegalStateException("No data key with id " + id + " is configured");
    }
    return key;
  }

  /** The secret for lookup hashes: derived from the current key, never the key itself. */
  byte[] lookupSecret() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(current.secret());
      return mac.doFinal("tandem lookup hashes".getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static Key key(String base64) {
    byte[] raw = Base64.getDecoder().decode(base64);
    if (raw.length != 32) {
      throw new IllegalStateException("A data key must be 32 bytes (256 bits), base64-encoded");
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
      String id = HexFormat.of().formatHex(digest, 0, 4);
      return new Key(id, new SecretKeySpec(raw, "AES"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String newKey() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // A file system without POSIX permissions (Windows): the key still works, but who can read
      // it is then the operator's to set, so say so rather than stop.
      log.warn(
          "Could not make {} readable by its owner only: restrict it to Tandem's user by hand",
          file);
    }
  }

  private static List<String> keyFile(Path file) throws IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, newKey() + "\n", StandardCharsets.US_ASCII);
      ownerOnly(file);
      log.info("Made a new data key in {}; back it up, apart from the database backups", file);
    }
    return Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
