package org.tandem.documents;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * The kinds of file a document may be, each as its content shows it to be. Word files are not among
 * them: Tika's core detector sees a .docx only as a zip archive (telling it apart needs the
 * parsers, a far larger dependency), and a zip could hold anything. A worker saves a Word letter as
 * PDF. SVG and HTML are refused: a browser runs the script they may hold.
 */
enum FileKind {
  PDF("application/pdf", "pdf", true),
  PNG("image/png", "png", true),
  JPEG("image/jpeg", "jpg", true),
  TIFF("image/tiff", "tif", false),
  TEXT("text/plain", "txt", false),
  EMAIL("message/rfc822", "eml", false);

  private final String mediaType;
  private final String extension;
  private final boolean previewed;

  FileKind(String mediaType, String extension, boolean previewed) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.previewed = previewed;
  }

  static Optional<FileKind> of(String mediaType) {
    return Arrays.stream(values()).filter(k -> k.mediaType.equals(mediaType)).findFirst();
  }

  String mediaType() {
    return mediaType;
  }

  MediaType asMediaType() {
    return MediaType.parseMediaType(mediaType);
  }

  String extension() {
    return extension;
  }

  /**
   * Whether a page may show it: as an image, a PDF's first page drawn as one ({@link PdfPreview}).
   * A PDF in a frame would need the service's Content-Security-Policy loosened.
   */
  boolean previewed() {
    return previewed;
  }
}
