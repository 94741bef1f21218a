package org.tandem.subjectaccess.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;

/** The record of disclosures: the {@code subject_access} table. */
@Repository
class DisclosureStore {

  /** The case a disclosure was drawn from, to open it before anything else is read. */
  record CaseOf(long referralId, String reference) {}

  private static final String COLUMNS =
      """
      d.id, r.reference, d.subject_kind, d.subject_id, d.requested_by, d.received_on, d.requester,
      d.prepared_by, d.prepared_at, d.released_by, d.released_at, d.released_sections,
      d.released_sha256, d.version
      """;

  private final JdbcClient jdbc;

  DisclosureStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long referralId,
      Subject subject,
      Disclosure.RequestedBy requestedBy,
      LocalDate receivedOn,
      String requester,
      String preparedBy,
      OffsetDateTime preparedAt) {
    return jdbc.sql(
            """
            INSERT INTO subject_access (referral_id, subject_kind, subject_id, requested_by,
              received_on, requester, prepared_by, prepared_at)
            VALUES (:referral, :kind, :subject, :requestedBy, :receivedOn, :requester, :by, :at)
            RETURNING id
            """)
        .param("referral", referralId)
        .param("kind", subject.kind().name())
        .param("subject", subject.id())
        .param("requestedBy", requestedBy.name())
        .param("receivedOn", receivedOn)
        .param("requester", requester)
        .param("by", preparedBy)
        .param("at", preparedAt)
        .query(Long.class)
        .single();
  }

  Optional<CaseOf> caseOf(long id) {
    return jdbc.sql(
            """
            SELECT r.id, r.reference FROM subject_access d JOIN referral r ON r.id = d.referral_id
            WHERE d.id = :id
            """)
        .param("id", id)
        .query((rs, i) -> new CaseOf(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  /** One disclosure on the pass's case; the requester's description is behind the wall. */
  Optional<Disclosure> find(WallPass pass, long id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM subject_access d JOIN referral r ON r.id = d.referral_id"
                + " WHERE d.id = :id AND d.referral_id = :case")
        .param("id", id)
        .param("case", pass.referralId())
        .query(DisclosureStore::disclosure)
        .optional();
  }

  /** The case's disclosures, newest first; a case has few. */
  List<Disclosure> forCase(WallPass pass) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM subject_access d JOIN referral r ON r.id = d.referral_id"
                + " WHERE d.referral_id = :case ORDER BY d.prepared_at DESC, d.id DESC LIMIT 200")
        .param("case", pass.referralId())
        .query(DisclosureStore::disclosure)
        .list();
  }

  /** Records the release; false if it was released or changed since the version read. */
  boolean release(long id, int version, String by, OffsetDateTime at, String sections, String sha) {
    return jdbc.sql(
                """
                UPDATE subject_access SET released_by = :by, released_at = :at,
                  released_sections = :sections, released_sha256 = :sha, version = version + 1
                WHERE id = :id AND version = :version AND released_at IS NULL
                """)
            .param("by", by)
            .param("at", at)
            .param("sections", sections)
            .param("sha", sha)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  private static Disclosure disclosure(ResultSet rs, int i) throws SQLException {
    Subject.Kind kind = Subject.Kind.valueOf(rs.getString("subject_kind"));
    long subjectId = rs.getLong("subject_id");
    return new Disclosure(
        rs.getLong("id"),
        rs.getString("reference"),
        new Subject(kind, rs.wasNull() ? null : subjectId),
        Disclosure.RequestedBy.valueOf(rs.getString("requested_by")),
        rs.getObject("received_on", LocalDate.class),
        rs.getString("requester"),
        rs.getString("prepared_by"),
        rs.getObject("prepared_at", OffsetDateTime.class),
        rs.getString("released_by"),
        rs.getObject("released_at", OffsetDateTime.class),
        rs.getString("released_sections"),
        rs.getString("released_sha256"),
        rs.getInt("version"));
  }
}
