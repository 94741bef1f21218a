package org.tandem.notes.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.AreaWallPass;
import org.tandem.access.CaseRef;
import org.tandem.notes.FoundNote;
import org.tandem.notes.NoteKind;

/**
 * His notes found by words across every case in the worker's areas, in one query a page: the text a
 * note says now (its newest correction, else what was first written), matched in that or in any
 * text it held before.
 */
@Repository
public class NoteSearchStore {

  private static final String FOUND =
      """
      FROM case_note n JOIN referral r ON r.id = n.referral_id
      WHERE r.area_id IN (:areas)
        AND (n.body ILIKE :like OR EXISTS (
          SELECT 1 FROM case_note_amendment m WHERE m.note_id = n.id AND m.body ILIKE :like))
      """;

  /** One note found, with the case it was read from for the audit. */
  public record Found(FoundNote note, CaseRef readFrom) {}

  private static final String HERS_FOUND =
      """
      FROM partner_note n JOIN referral r ON r.id = n.referral_id
      WHERE r.area_id = ANY(:areas)
        AND (n.body ILIKE :like OR EXISTS (
          SELECT 1 FROM partner_note_amendment m WHERE m.note_id = n.id AND m.body ILIKE :like))
      """;

  private final JdbcClient jdbc;

  NoteSearchStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count(Collection<Long> areaIds, String q) {
    return jdbc.sql("SELECT count(*) " + FOUND)
        .param("areas", areaIds)
        .param("like", NoteRows.like(q))
        .query(Long.class)
        .single();
  }

  /** A page of the notes found, the newest happening first. */
  public List<Found> page(Collection<Long> areaIds, String q, int size, long offset) {
    return jdbc.sql(
            """
            SELECT n.id, n.kind, n.happened_on, n.restricted, r.id AS referral_id, r.reference,
              r.area_id, latest.body AS corrected, coalesce(latest.body, n.body) AS says
            """
                + FOUND.replace(
                    "WHERE r.area_id",
                    """
                    LEFT JOIN LATERAL (
                      SELECT m.body FROM case_note_amendment m WHERE m.note_id = n.id
                      ORDER BY m.revision DESC LIMIT 1) latest ON TRUE
                    WHERE r.area_id""")
                + " ORDER BY n.happened_on DESC, n.id DESC LIMIT :size OFFSET :offset")
        .param("areas", areaIds)
        .param("like", NoteRows.like(q))
        .param("size", size)
        .param("offset", offset)
        .query(
            (rs, i) ->
                new Found(
                    new FoundNote(
                        rs.getString("reference"),
                        null,
                        rs.getLong("id"),
                        NoteKind.valueOf(rs.getString("kind")),
                        rs.getObject("happened_on", LocalDate.class),
                        rs.getString("says"),
                        rs.getBoolean("restricted"),
                        rs.getString("corrected") != null),
                    new CaseRef(
                        rs.getLong("referral_id"),
                        rs.getString("reference"),
                        rs.getLong("area_id"))))
        .list();
  }

  /** How many of her notes in the pass's areas hold the words. */
  public long herCount(AreaWallPass pass, String q) {
    return jdbc.sql("SELECT count(*) " + HERS_FOUND)
        .param("areas", pass.areaIdArray())
        .param("like", NoteRows.like(q))
        .query(Long.class)
        .single();
  }

  /** A page of her notes found in the pass's areas, the newest happening first. */
  public List<Found> herPage(AreaWallPass pass, String q, int size, long offset) {
    return jdbc.sql(
            """
            SELECT n.id, n.partner_id, n.happened_on, n.restricted, r.id AS referral_id,
              r.reference, r.area_id, latest.body AS corrected, coalesce(latest.body, n.body) AS says
            """
                + HERS_FOUND.replace(
                    "WHERE r.area_id",
                    """
                    LEFT JOIN LATERAL (
                      SELECT m.body FROM partner_note_amendment m WHERE m.note_id = n.id
                      ORDER BY m.revision DESC LIMIT 1) latest ON TRUE
                    WHERE r.area_id""")
                + " ORDER BY n.happened_on DESC, n.id DESC LIMIT :size OFFSET :offset")
        .param("areas", pass.areaIdArray())
        .param("like", NoteRows.like(q))
        .param("size", size)
        .param("offset", offset)
        .query(
            (rs, i) ->
                new Found(
                    new FoundNote(
                        rs.getString("reference"),
                        rs.getLong("partner_id"),
                        rs.getLong("id"),
                        null,
                        rs.getObject("happened_on", LocalDate.class),
                        rs.getString("says"),
                        rs.getBoolean("restricted"),
                        rs.getString("corrected") != null),
                    new CaseRef(
                        rs.getLong("referral_id"),
                        rs.getString("reference"),
                        rs.getLong("area_id"))))
        .list();
  }
}
