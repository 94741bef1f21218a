package org.tandem.notes.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.notes.Note;
import org.tandem.notes.NoteCorrection;
import org.tandem.notes.NoteWords;
import org.tandem.web.EditConflictException;

/**
 * Partner-support notes on her record, behind the wall: every read and write takes a {@link
 * WallPass} and keeps to the pass's case. Insert-only, like his notes.
 */
@Repository
public class HerNoteStore {

  private static final String MATCHES =
      """
      (:q = '' OR n.body ILIKE :like OR EXISTS (
        SELECT 1 FROM partner_note_amendment m WHERE m.note_id = n.id AND m.body ILIKE :like))
      """;

  private final JdbcClient jdbc;
  private final NoteWords words;

  HerNoteStore(JdbcClient jdbc, NoteWords words) {
    this.words = words;
    this.jdbc = jdbc;
  }

  /** Whether she is a partner on the pass's case. */
  public boolean isOnTheCase(WallPass pass, long partnerId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM partner WHERE id = :partner AND referral_id = :referral)")
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .query(Boolean.class)
        .single();
  }

  public long insert(
      WallPass pass,
      long partnerId,
      LocalDate happenedOn,
      String text,
      boolean restricted,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO partner_note (referral_id, partner_id, happened_on, body, restricted,
              recorded_by, recorded_at)
            VALUES (:referral, :partner, :on, :body, :restricted, :by, :at) RETURNING id
            """)
        .param("referral", pass.referralId())
        .param("partner", partnerId)
        .param("on", happenedOn)
        .param("body", text)
        .param("restricted", restricted)
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  /** As {@link HisNoteStore#correct}: the next revision, or a conflict. */
  public int correct(
      WallPass pass, long noteId, NoteCorrection correction, String by, OffsetDateTime at) {
    int revision = correction.basedOn() + 1;
    try {
      int added =
          jdbc.sql(
                  """
                  INSERT INTO partner_note_amendment (note_id, revision, body, reason, amended_by,
                    amended_at)
                  SELECT n.id, :revision, :body, :reason, :by, :at FROM partner_note n
                  WHERE n.id = :note AND n.referral_id = :referral
                    AND (SELECT count(*) FROM partner_note_amendment WHERE note_id = n.id) = :basedOn
                  """)
              .param("note", noteId)
              .param("referral", pass.referralId())
              .param("revision", revision)
              .param("basedOn", correction.basedOn())
              .param("body", correction.text())
              .param("reason", correction.reason())
              .param("by", by)
              .param("at", at)
              .update();
      if (added == 0) {
        throw new EditConflictException(
            words.say("notes.problem.conflict.hers", String.valueOf(noteId)));
      }
      return revision;
    } catch (DuplicateKeyException e) {
      throw new EditConflictException(
          words.say("notes.problem.conflict.hers", String.valueOf(noteId)));
    }
  }

  public long count(WallPass pass, long partnerId, String q) {
    return jdbc.sql(
            "SELECT count(*) FROM partner_note n WHERE n.referral_id = :referral"
                + " AND n.partner_id = :partner AND "
                + MATCHES)
        .param("referral", pass.referralId())
        .param("partner", partnerId)
        .param("q", q)
        .param("like", NoteRows.like(q))
        .query(Long.class)
        .single();
  }

  /** A page of her notes, the newest happening first. */
  public List<Note> page(WallPass pass, long partnerId, String q, int size, long offset) {
    List<NoteRows.Written> notes =
        jdbc.sql(
                """
                SELECT n.id, n.happened_on, n.body, n.restricted, n.recorded_by, n.recorded_at
                FROM partner_note n WHERE n.referral_id = :referral AND n.partner_id = :partner
                  AND
                """
                    + MATCHES
                    + " ORDER BY n.happened_on DESC, n.id DESC LIMIT :size OFFSET :offset")
            .param("referral", pass.referralId())
            .param("partner", partnerId)
            .param("q", q)
            .param("like", NoteRows.like(q))
            .param("size", size)
            .param("offset", offset)
            .query((rs, i) -> NoteRows.written(rs, false))
            .list();
    return NoteRows.assemble(notes, corrections(pass, notes));
  }

  public Optional<Note> note(WallPass pass, long partnerId, long noteId) {
    List<NoteRows.Written> notes =
        jdbc.sql(
                """
                SELECT id, happened_on, body, restricted, recorded_by, recorded_at
                FROM partner_note WHERE id = :id AND referral_id = :referral AND partner_id = :partner
                """)
            .param("id", noteId)
            .param("referral", pass.referralId())
            .param("partner", partnerId)
            .query((rs, i) -> NoteRows.written(rs, false))
            .list();
    return NoteRows.assemble(notes, corrections(pass, notes)).stream().findFirst();
  }

  private List<NoteRows.Corrected> corrections(WallPass pass, List<NoteRows.Written> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT a.note_id, a.revision, a.body, a.reason, a.amended_by, a.amended_at
            FROM partner_note_amendment a JOIN partner_note n ON n.id = a.note_id
            WHERE a.note_id = ANY(:ids) AND n.referral_id = :referral
            ORDER BY a.note_id, a.revision
            """)
        .param("ids", NoteRows.ids(notes))
        .param("referral", pass.referralId())
        .query((rs, i) -> NoteRows.corrected(rs))
        .list();
  }
}
