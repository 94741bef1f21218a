package org.tandem.notes.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.notes.Note;
import org.tandem.notes.NoteCorrection;
import org.tandem.notes.NoteKind;
import org.tandem.notes.NoteOnTimeline;
import org.tandem.notes.NoteWords;
import org.tandem.web.EditConflictException;

/**
 * Notes on his case and their corrections: insert-only, every read kept to one case. A search
 * matches the original text or any correction, so a note is found by words it once held too.
 */
@Repository
public class HisNoteStore {

  private static final String MATCHES =
      """
      (:q = '' OR n.body ILIKE :like OR EXISTS (
        SELECT 1 FROM case_note_amendment m WHERE m.note_id = n.id AND m.body ILIKE :like))
      """;

  private final JdbcClient jdbc;
  private final NoteWords words;

  HisNoteStore(JdbcClient jdbc, NoteWords words) {
    this.words = words;
    this.jdbc = jdbc;
  }

  public long insert(
      long referralId,
      NoteKind kind,
      LocalDate happenedOn,
      String text,
      boolean restricted,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO case_note (referral_id, kind, happened_on, body, restricted, recorded_by,
              recorded_at)
            VALUES (:referral, :kind, :on, :body, :restricted, :by, :at) RETURNING id
            """)
        .param("referral", referralId)
        .param("kind", kind.name())
        .param("on", happenedOn)
        .param("body", text)
        .param("restricted", restricted)
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  /**
   * Adds a correction as the next revision. One based on an older revision, or racing another
   * correction of the same revision (the unique key refuses the second), is a conflict.
   */
  public int correct(long noteId, NoteCorrection correction, String by, OffsetDateTime at) {
    int revision = correction.basedOn() + 1;
    try {
      int added =
          jdbc.sql(
                  """
                  INSERT INTO case_note_amendment (note_id, revision, body, reason, amended_by,
                    amended_at)
                  SELECT :note, :revision, :body, :reason, :by, :at
                  WHERE (SELECT count(*) FROM case_note_amendment WHERE note_id = :note) = :basedOn
                  """)
              .param("note", noteId)
              .param("revision", revision)
              .param("basedOn", correction.basedOn())
              .param("body", correction.text())
              .param("reason", correction.reason())
              .param("by", by)
              .param("at", at)
              .update();
      if (added == 0) {
        throw new EditConflictException(
            words.say("notes.problem.conflict.his", String.valueOf(noteId)));
      }
      return revision;
    } catch (DuplicateKeyException e) {
      throw new EditConflictException(
          words.say("notes.problem.conflict.his", String.valueOf(noteId)));
    }
  }

  public long count(long referralId, String q) {
    return jdbc.sql(
            "SELECT count(*) FROM case_note n WHERE n.referral_id = :referral AND " + MATCHES)
        .param("referral", referralId)
        .param("q", q)
        .param("like", NoteRows.like(q))
        .query(Long.class)
        .single();
  }

  /** A page of the case's notes, the newest happening first. */
  public List<Note> page(long referralId, String q, int size, long offset) {
    List<NoteRows.Written> notes =
        jdbc.sql(
                """
                SELECT n.id, n.kind, n.happened_on, n.body, n.restricted, n.recorded_by,
                  n.recorded_at
                FROM case_note n WHERE n.referral_id = :referral AND
                """
                    + MATCHES
                    + " ORDER BY n.happened_on DESC, n.id DESC LIMIT :size OFFSET :offset")
            .param("referral", referralId)
            .param("q", q)
            .param("like", NoteRows.like(q))
            .param("size", size)
            .param("offset", offset)
            .query((rs, i) -> NoteRows.written(rs, true))
            .list();
    return NoteRows.assemble(notes, corrections(notes));
  }

  public Optional<Note> note(long referralId, long noteId) {
    List<NoteRows.Written> notes =
        jdbc.sql(
                """
                SELECT id, kind, happened_on, body, restricted, recorded_by, recorded_at
                FROM case_note WHERE id = :id AND referral_id = :referral
                """)
            .param("id", noteId)
            .param("referral", referralId)
            .query((rs, i) -> NoteRows.written(rs, true))
            .list();
    return NoteRows.assemble(notes, corrections(notes)).stream().findFirst();
  }

  private List<NoteRows.Corrected> corrections(List<NoteRows.Written> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT note_id, revision, body, reason, amended_by, amended_at
            FROM case_note_amendment WHERE note_id = ANY(:ids) ORDER BY note_id, revision
            """)
        .param("ids", NoteRows.ids(notes))
        .query((rs, i) -> NoteRows.corrected(rs))
        .list();
  }

  /**
   * The notes that belong on the family's timeline, with their current text. A restricted note is
   * left off: it is to be reviewed before it goes anywhere beyond the notes page.
   */
  public List<NoteOnTimeline> onTimeline(long referralId) {
    return jdbc.sql(
            """
            SELECT n.id, n.kind, n.happened_on, coalesce(m.body, n.body) AS body, n.recorded_by,
              n.recorded_at
            FROM case_note n
            LEFT JOIN LATERAL (SELECT a.body FROM case_note_amendment a WHERE a.note_id = n.id
              ORDER BY a.revision DESC LIMIT 1) m ON TRUE
            WHERE n.referral_id = :referral AND n.kind IN ('CONTACT', 'THIRD_PARTY')
              AND NOT n.restricted
            ORDER BY n.happened_on, n.id
            """)
        .param("referral", referralId)
        .query(
            (rs, i) ->
                new NoteOnTimeline(
                    rs.getLong("id"),
                    NoteKind.valueOf(rs.getString("kind")),
                    rs.getObject("happened_on", LocalDate.class),
                    rs.getString("body"),
                    rs.getString("recorded_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }
}
