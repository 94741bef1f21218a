package org.tandem.documents;

import java.time.OffsetDateTime;

/**
 * A document as a list shows it: what it is, who attached it and when, and the kind and size of its
 * file, read from the file itself.
 */
public record DocumentSummary(
    long id,
    String title,
    DocumentType type,
    String fileName,
    String mediaType,
    int sizeBytes,
    String uploadedBy,
    OffsetDateTime uploadedAt) {

  /** Whether its preview page can show it: an image. */
  public boolean previewed() {
    return FileKind.of(mediaType).map(FileKind::previewed).orElse(false);
  }

  /** Its size for a person: bytes, KB or MB. */
  public String size() {
    if (sizeBytes < 1024) {
      return sizeBytes + " bytes";
    }
    if (sizeBytes < 1024 * 1024) {
      return Math.round(sizeBytes / 1024.0) + " KB";
    }
    return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
  }
}
