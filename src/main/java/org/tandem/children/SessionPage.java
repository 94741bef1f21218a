package org.tandem.children;

import java.util.List;

/** A page of one child's sessions, newest first. */
public record SessionPage(
    String reference,
    long childId,
    String childLabel,
    List<ChildSession> items,
    int page,
    int size,
    long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
