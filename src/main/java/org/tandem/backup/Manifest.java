package org.tandem.backup;

import java.util.List;

/**
 * What a backup holds, written into it last as {@code manifest.json}: Tandem's schema version (the
 * last migration applied), when the snapshot was taken, and for each table its columns, its number
 * of rows and the SHA-256 of its data exactly as stored in the archive. A restore checks every
 * table against this before it changes anything, and again after loading.
 */
record Manifest(
    String format,
    String schemaVersion,
    String takenAt,
    String server,
    List<TableData> tables,
    List<SequenceValue> sequences,
    List<String> leftOut) {

  static final String FORMAT = "tandem-backup/1";

  /** One table's data: its entry in the archive is {@code data/<name>.tsv}. */
  record TableData(String name, List<String> columns, long rows, String sha256) {

    String entry() {
      return "data/" + name + ".tsv";
    }
  }

  /** A sequence as it stood, so that no id handed out before the backup is handed out again. */
  record SequenceValue(String name, long value, boolean called) {}
}
