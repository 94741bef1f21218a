package org.tandem.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The database floor's figures per kind of read, handed to the summary. */
final class Floors {

  private Floors() {}

  static void write(Map<String, List<Long>> micros) throws IOException {
    for (Map.Entry<String, List<Long>> e : micros.entrySet()) {
      List<Long> sorted = new ArrayList<>(e.getValue());
      Collections.sort(sorted);
      String k = "floor." + e.getKey();
      Results.put(k + ".count", Integer.toString(sorted.size()));
      Results.put(k + ".p50", millis(percentile(sorted, 50)));
      Results.put(k + ".p95", millis(percentile(sorted, 95)));
      Results.put(k + ".p99", millis(percentile(sorted, 99)));
    }
  }

  static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static String millis(long micros) {
    return String.format(java.util.Locale.ROOT, "%.2f", micros / 1000.0);
  }
}
