package org.tandem.access;

import static org.assertj.core.api.Assertions.fail;

import java.util.Locale;
import java.util.Map;

/**
 * The wall tests plant a marker in every column behind the wall and look for it in everything the
 * other roles receive. This is the looking, written once: it fails naming the column and showing
 * where the marker surfaced.
 */
public final class WallMarkers {

  private WallMarkers() {}

  /** Fails if any marker (column to marker) appears in this text, case aside. */
  public static void assertNone(Map<String, String> markers, String where, String text) {
    if (text == null) {
      return;
    }
    String haystack = text.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> marker : markers.entrySet()) {
      int at = haystack.indexOf(marker.getValue().toLowerCase(Locale.ROOT));
      if (at >= 0) {
        fail(
            "The marker for %s appears in %s: ...%s..."
                .formatted(
                    marker.getKey(),
                    where,
                    text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 150))));
      }
    }
  }
}
