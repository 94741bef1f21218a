package org.tandem.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files handed over in answer to a request: a report, a letter, a spreadsheet. */
public final class Downloads {

  /** An Excel workbook, as a string for annotations. */
  public static final String XLSX_VALUE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** An Excel workbook. */
  public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

  private Downloads() {}

  /** The bytes as a file for the browser to save under this name. */
  public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachmentNamed(fileName))
        .body(body);
  }

  /**
   * A PDF about one person, such as her letter: no browser or proxy may keep a copy, as the next
   * person at the same computer must not find it.
   */
  public static ResponseEntity<byte[]> unstoredPdf(byte[] body) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  /** As {@link #unstoredPdf}, to be saved under this name. */
  public static ResponseEntity<byte[]> unstoredPdf(byte[] body, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, attachmentNamed(fileName))
        .body(body);
  }

  private static String attachmentNamed(String fileName) {
    return ContentDisposition.attachment().filename(fileName).build().toString();
  }
}
