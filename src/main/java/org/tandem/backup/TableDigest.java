package org.tandem.backup;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and fingerprints a table's data as it streams past: its SHA-256 and its rows. In COPY's
 * text format every row is one line (a newline inside a value is written as {@code \n}), so the
 * rows are the newlines.
 */
final class TableDigest extends OutputStream {

  private final OutputStream onwards;
  private final MessageDigest sha256;
  private long rows;

  TableDigest(OutputStream onwards) {
    this.onwards = onwards;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Only fingerprints and counts, writing nowhere. */
  static TableDigest alone() {
    return new TableDigest(OutputStream.nullOutputStream());
  }

  @Override
  public void write(int b) throws java.io.IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
    sha256.update(bytes, offset, length);
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == '\n') {
        rows++;
      }
    }
    onwards.write(bytes, offset, length);
  }

  /** Leaves the stream it writes to open: the archive goes on to its next entry. */
  @Override
  public void close() {}

  long rows() {
    return rows;
  }

  String sha256() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
