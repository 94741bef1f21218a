package org.tandem.outcomes.internal;

import static org.tandem.outcomes.Suppression.count;
import static org.tandem.outcomes.Suppression.percent;

import java.util.ArrayList;
import java.util.List;
import org.tandem.outcomes.Count;
import org.tandem.outcomes.SecondarySuppression;
import org.tandem.outcomes.Suppression;
import org.tandem.outcomes.internal.AreaReport.Line;

/**
 * The lines of a table whose counts add up to a whole the reader knows: the report shows it
 * elsewhere ("Referred"), or the shares give it back (7 is 35.0% of 20). Hiding a count under 5 is
 * then not enough, since it is the whole minus the others; so the lines go through {@link
 * SecondarySuppression}, and a count it hides as well is shown as {@link
 * SecondarySuppression#MARKER}, with its share, and without a bar.
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
    int sum = parts.stream().mapToInt(Count::count).sum();
    // Anyone the parts leave out (a referral source no longer on the form) is a part too: the
    // reader does not see it, so it can only make a line safer, never give one away.
    int rest = Math.max(0, whole - sum);
    int[][] table = new int[1][parts.size() + (rest > 0 ? 1 : 0)];
    for (int i = 0; i < parts.size(); i++) {
      table[0][i] = parts.get(i).count();
    }
    if (rest > 0) {
      table[0][parts.size()] = rest;
    }
    boolean[] hidden = SecondarySuppression.of(table).cell()[0];
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Count part = parts.get(i);
      int n = part.count();
      if (hidden[i] && !Suppression.isSmall(n)) {
        String marker = SecondarySuppression.MARKER;
        lines.add(new Line(part.label(), marker, shares ? marker : "", null));
      } else {
        lines.add(
            new Line(
                part.label(),
                count(n),
                shares ? percent(n, whole) : "",
                Suppression.isSmall(n) ? null : n));
      }
    }
    return lines;
  }
}
