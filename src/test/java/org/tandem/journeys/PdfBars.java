package org.tandem.journeys;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The bars a PDF's charts draw, measured as a reader sees them: every page is rendered to pixels
 * and each bar (a solid run of the charts' blue, #1d70b8, at least a few pixels tall) gives its
 * length in pixels.
 */
final class PdfBars {

  private static final int BLUE = 0x1d70b8;
  private static final int DOTS_PER_INCH = 100;
  private static final int SHORTEST_BAR_HEIGHT = 4;

  private PdfBars() {}

  /** The length of every bar in the document, in pixels at 100 dots to the inch, top to bottom. */
  static List<Integer> lengths(byte[] pdf) {
    List<Integer> bars = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        bars.addAll(onPage(renderer.renderImageWithDPI(page, DOTS_PER_INCH)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bars;
  }

  /** A bar is the same run of blue on several pixel rows one under another. */
  private static List<Integer> onPage(BufferedImage image) {
    List<Integer> bars = new ArrayList<>();
    int previous = 0;
    int rows = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      int run = longestBlueRun(image, y);
      if (run > 0 && Math.abs(run - previous) <= 2) {
        rows++;
      } else {
        if (rows >= SHORTEST_BAR_HEIGHT) {
          bars.add(previous);
        }
        rows = run > 0 ? 1 : 0;
      }
      previous = run;
    }
    if (rows >= SHORTEST_BAR_HEIGHT) {
      bars.add(previous);
    }
    return bars;
  }

  private static int longestBlueRun(BufferedImage image, int y) {
    int longest = 0;
    int run = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      run = isBlue(image.getRGB(x, y)) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static boolean isBlue(int rgb) {
    return near(rgb >> 16, BLUE >> 16) && near(rgb >> 8, BLUE >> 8) && near(rgb, BLUE);
  }

  private static boolean near(int a, int b) {
    return Math.abs((a & 0xff) - (b & 0xff)) <= 16;
  }
}
