package org.tandem.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar's label and figure broken into lines short enough for a phone's width. SVG text does not
 * wrap by itself, so a long label ("Median days from referral to the assessment decision") would
 * run off a narrow screen; it is broken between words here instead, and the figure follows on the
 * last line, or on a line of its own when it would not fit there.
 */
final class ChartLabel {

  /** About what 16-pixel text fits across a phone held upright, with the page's margins. */
  static final int MOST_CHARACTERS = 36;

  /** One line of the label: its words, and the figure when it ends this line. */
  record Line(String text, String figure) {}

  private ChartLabel() {}

  static List<Line> lines(String label, String figure) {
    List<String> words = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > MOST_CHARACTERS) {
        words.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    words.add(line.toString());
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < words.size() - 1; i++) {
      lines.add(new Line(words.get(i), null));
    }
    String last = words.get(words.size() - 1);
    if (last.length() + 1 + figure.length() > MOST_CHARACTERS) {
      lines.add(new Line(last, null));
      lines.add(new Line("", figure));
    } else {
      lines.add(new Line(last, figure));
    }
    return lines;
  }
}
