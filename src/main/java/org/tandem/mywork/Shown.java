package org.tandem.mywork;

import java.util.List;

/**
 * One section's list as shown: a page of its lines and how many there are in all, so a page can
 * offer the next page or a "see all" link without reading every line.
 */
record Shown<T>(List<T> items, int page, int size, long total) {

  static <T> Shown<T> of(List<T> items, int page, int size, long total) {
    return new Shown<>(items, page, size, total);
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean more() {
    return total > items.size();
  }
}
