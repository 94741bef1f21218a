package org.tandem.notes;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AreaWallPass;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.access.CurrentUsers;
import org.tandem.notes.internal.NoteSearchStore;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Paging;

/**
 * Notes searched across the whole caseload a worker may see: every case in the areas they cover,
 * never another area's. His notes and hers are searched apart: hers only behind the wall, so that
 * no search of his notes can ever find a word she said.
 */
@Service
public class CaseloadNotes {

  /** The fewest characters worth searching a whole caseload for. */
  static final int SHORTEST_SEARCH = 2;

  /** One page of notes found, newest first, and what was searched for. */
  public record Found(List<FoundNote> items, int page, int size, long total, String q) {

    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  private final NoteSearchStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final CaseAccess access;
  private final NoteWords words;

  CaseloadNotes(
      NoteSearchStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      CaseAccess access,
      NoteWords words) {
    this.words = words;
    this.access = access;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
  }

  /** Notes on cases in the user's areas holding these words; every case shown is audited. */
  @Transactional
  public Found search(String q, Paging paging) {
    String search = searchable(q);
    List<Long> areas = List.copyOf(currentUsers.current().areaIds());
    if (areas.isEmpty()) {
      return new Found(List.of(), paging.page(), paging.size(), 0, search);
    }
    List<NoteSearchStore.Found> rows = store.page(areas, search, paging.size(), paging.offset());
    audit.recordList(
        "case notes search", rows.stream().map(NoteSearchStore.Found::readFrom).toList());
    return new Found(
        rows.stream().map(NoteSearchStore.Found::note).toList(),
        paging.page(),
        paging.size(),
        store.count(areas, search),
        search);
  }

  /**
   * Partner-support notes on every woman's record in the user's areas holding these words: for
   * partner support and managers only (403 for anyone else, before anything is read); every case
   * shown is audited.
   */
  @Transactional
  public Found searchHers(String q, Paging paging) {
    AreaWallPass pass = access.behindTheWallInMyAreas();
    String search = searchable(q);
    List<NoteSearchStore.Found> rows = store.herPage(pass, search, paging.size(), paging.offset());
    audit.recordList(
        "partner notes search", rows.stream().map(NoteSearchStore.Found::readFrom).toList());
    return new Found(
        rows.stream().map(NoteSearchStore.Found::note).toList(),
        paging.page(),
        paging.size(),
        store.herCount(pass, search),
        search);
  }

  private String searchable(String q) {
    String search = NotePage.search(q);
    if (search.length() < SHORTEST_SEARCH) {
      throw new InvalidRequestException(
          List.of(words.problem("q", "notes.problem.searchTooShort")));
    }
    return search;
  }
}
