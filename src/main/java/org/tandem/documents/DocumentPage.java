package org.tandem.documents;

import java.util.List;

/** One page of a list of documents, newest first, with how many there are in all. */
public record DocumentPage(List<DocumentSummary> items, int page, int size, long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
