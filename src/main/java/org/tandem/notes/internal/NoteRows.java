package org.tandem.notes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.notes.Note;
import org.tandem.notes.NoteKind;

/**
 * What his notes and hers have in common once read: a note row, then its corrections read for the
 * whole page in one query and put back with their notes, so no query runs per note.
 */
final class NoteRows {

  /** A note as first written, before its corrections are put with it. */
  record Written(
      long id,
      NoteKind kind,
      LocalDate happenedOn,
      String text,
      boolean restricted,
      String recordedBy,
      OffsetDateTime recordedAt) {}

  /** One correction, with the note it corrects. */
  record Corrected(long noteId, Note.Correction correction) {}

  private NoteRows() {}

  static Written written(ResultSet rs, boolean withKind) throws SQLException {
    return new Written(
        rs.getLong("id"),
        withKind ? NoteKind.valueOf(rs.getString("kind")) : null,
        rs.getObject("happened_on", LocalDate.class),
        rs.getString("body"),
        rs.getBoolean("restricted"),
        rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }

  static Corrected corrected(ResultSet rs) throws SQLException {
    return new Corrected(
        rs.getLong("note_id"),
        new Note.Correction(
            rs.getInt("revision"),
            rs.getString("body"),
            rs.getString("reason"),
            rs.getString("amended_by"),
            rs.getObject("amended_at", OffsetDateTime.class)));
  }

  /** The notes with their corrections (read oldest first), in the notes' own order. */
  static List<Note> assemble(List<Written> notes, List<Corrected> corrections) {
    Map<Long, List<Note.Correction>> byNote = new LinkedHashMap<>();
    corrections.forEach(
        c -> byNote.computeIfAbsent(c.noteId(), id -> new ArrayList<>()).add(c.correction()));
    List<Note> assembled = new ArrayList<>();
    for (Written w : notes) {
      List<Note.Correction> cs = byNote.getOrDefault(w.id(), List.of());
      String current = cs.isEmpty() ? w.text() : cs.get(cs.size() - 1).text();
      assembled.add(
          new Note(
              w.id(),
              w.kind(),
              w.happenedOn(),
              current,
              w.restricted(),
              w.recordedBy(),
              w.recordedAt(),
              w.text(),
              cs.size(),
              List.copyOf(cs)));
    }
    return assembled;
  }

  static Long[] ids(List<Written> notes) {
    return notes.stream().map(Written::id).toArray(Long[]::new);
  }

  /** A search as a LIKE pattern: what was typed, anywhere in the text, its wildcards as typed. */
  static String like(String q) {
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
