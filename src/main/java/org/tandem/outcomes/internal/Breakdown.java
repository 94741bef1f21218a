package org.tandem.outcomes.internal;

import static org.tandem.outcomes.Suppression.count;
import static org.tandem.outcomes.Suppression.percent;

import java.util.ArrayList;
import java.util.List;
import org.tandem.outcomes.Count;
import org.tandem.outcomes.SecondarySuppression;
import org.tandem.outcomes.internal.AreaReport.Line;

/**
 * The lines of a table whose counts add up to a whole the reader knows: the report shows it
 * elsewhere ("Referred"), or the shares give it back (7 is 35.0% of 20). Hiding a count under 5 is
 * then not enough, since it is the whole minus the others; so the lines go through {@link
 * SecondarySuppression#line}, and every count hidden, small or hidden to protect a small one, is
 * shown as {@link SecondarySuppression#MARKER}, with its share, and without a bar.
 */
final class Breakdown {

  private Breakdown() {}

  /** Each part as a line with its count and its share of the whole. */
  static List<Line> withShares(List<Count> parts, int whole) {
    return lines(parts, whole, true);
  }

  /** Each part as a line with its count only; the whole is shown elsewhere. */
  static List<Line> countsOnly(List<Count> parts, int whole) {
    return lines(parts, whole, false);
  }

  /** Whether any line of these tables is withheld by the secondary step, to say what it means. */
  static boolean anyWithheld(List<AreaReport.Table> tables) {
    return tables.stream()
        .flatMap(t -> t.lines().stream())
        .anyMatch(l -> SecondarySuppression.MARKER.equals(l.value()));
  }

  private static List<Line> lines(List<Count> parts, int whole, boolean shares) {
    int[] counts = parts.stream().mapToInt(Count::count).toArray();
    // Anyone the parts leave out (a referral source no longer on the form) is in the whole but in
    // no line: the reader cannot see them, so they can only make a line safer, never give one away.
    int unseen = Math.max(0, whole - java.util.Arrays.stream(counts).sum());
    boolean[] hidden = SecondarySuppression.line(counts, unseen);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Count part = parts.get(i);
      int n = part.count();
      if (hidden[i]) {
        String marker = SecondarySuppression.MARKER;
        lines.add(new Line(part.label(), marker, shares ? marker : "", null));
      } else {
        lines.add(new Line(part.label(), count(n), shares ? percent(n, whole) : "", n));
      }
    }
    return lines;
  }
}
