package org.tandem.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;

/**
 * Reads what a file is from its first bytes, never from its name or the Content-Type the browser
 * sent: an HTML page or a program renamed .pdf is what its content says it is, and is refused.
 */
final class DocumentFiles {

  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

  /** The longest name kept, before the extension. */
  private static final int NAME_MOST = 100;

  private DocumentFiles() {}

  /** The kind the content shows, if it is one a document may be. */
  static Optional<FileKind> detect(byte[] content) {
    // No name in the metadata: Tika would otherwise let a name refine what the bytes say.
    try (InputStream in = new ByteArrayInputStream(content)) {
      return FileKind.of(DETECTOR.detect(in, new Metadata()).getBaseType().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The name the file is kept and handed back under: no folders, only letters, digits, spaces,
   * dots, dashes and underscores, and the extension of the kind it really is.
   */
  static String safeName(String uploaded, FileKind kind) {
    String name = uploaded == null ? "" : uploaded;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      name = name.substring(0, dot);
    }
    name = name.replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("[ ._]{2,}", "_").strip();
    name = name.replaceAll("^[._-]+", "");
    if (name.length() > NAME_MOST) {
      name = name.substring(0, NAME_MOST);
    }
    return (name.isBlank() ? "document" : name) + "." + kind.extension();
  }
}
