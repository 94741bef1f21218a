package org.tandem.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's first page drawn as a PNG, so that its preview page shows it as an image: a PDF in a
 * frame would need the service's Content-Security-Policy loosened, and a browser's PDF viewer runs
 * the document's scripts. The PDF came from outside, so the drawing is bounded: one page, at most
 * {@value #WIDEST} pixels wide and {@value #TALLEST} tall, in a bounded amount of memory; a file
 * PDFBox cannot draw has no preview and is downloaded instead.
 */
final class PdfPreview {

  static final int WIDEST = 1000;
  static final int TALLEST = 1500;

  /** Memory PDFBox may use for one file before it spills to a temporary file. */
  private static final long MOST_MEMORY = 32L * 1024 * 1024;

  private PdfPreview() {}

  static Optional<byte[]> firstPage(byte[] pdf) {
    try (PDDocument document =
        Loader.loadPDF(
            new RandomAccessReadBuffer(pdf),
            MemoryUsageSetting.setupMixed(MOST_MEMORY).streamCache)) {
      if (document.getNumberOfPages() == 0) {
        return Optional.empty();
      }
      PDRectangle box = document.getPage(0).getCropBox();
      float scale =
          Math.min(
              1.5f,
              Math.min(
                  WIDEST / Math.max(1f, box.getWidth()), TALLEST / Math.max(1f, box.getHeight())));
      BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return Optional.of(png.toByteArray());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
