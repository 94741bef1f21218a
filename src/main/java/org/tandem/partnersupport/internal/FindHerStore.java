package org.tandem.partnersupport.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.AreaWallPass;
import org.tandem.access.CaseRef;
import org.tandem.encryption.FieldEncryption;

/**
 * Women found by the keyed hashes of her phone number, email address or full name, in the pass's
 * areas: an exact match only, as a hash is. Her name is sealed and cannot be sorted in SQL, so the
 * women found are in the order of their cases' references, which keeps a page where it is.
 */
@Repository
class FindHerStore {

  /** The hashes asked for; null for a detail not asked about. Every one given must match. */
  record Hashes(String phone, String email, String name) {}

  /** A woman found, with her case for the audit. */
  record Found(FindHer.Woman woman, CaseRef readFrom) {}

  private static final String MATCHING =
      """
      FROM partner p JOIN referral r ON r.id = p.referral_id JOIN area a ON a.id = r.area_id
      WHERE r.area_id = ANY(:areas)
        AND (CAST(:phone AS text) IS NULL OR p.phone_hash = :phone)
        AND (CAST(:email AS text) IS NULL OR p.email_hash = :email)
        AND (CAST(:name AS text) IS NULL OR p.name_hash = :name)
      """;

  private final JdbcClient jdbc;
  private final FieldEncryption encryption;

  FindHerStore(JdbcClient jdbc, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.encryption = encryption;
  }

  long count(AreaWallPass pass, Hashes hashes) {
    return jdbc.sql("SELECT count(*) " + MATCHING)
        .param("areas", pass.areaIdArray())
        .param("phone", hashes.phone())
        .param("email", hashes.email())
        .param("name", hashes.name())
        .query(Long.class)
        .single();
  }

  /** A page of the women found; her name is opened in the row, with no query of its own. */
  List<Found> page(AreaWallPass pass, Hashes hashes, int size, long offset) {
    return jdbc.sql(
            """
            SELECT p.id, p.given_name, p.family_name, p.relationship, p.contact_status,
              r.id AS referral_id, r.reference, r.area_id, a.name AS area_name
            """
                + MATCHING
                + " ORDER BY r.reference, p.id LIMIT :size OFFSET :offset")
        .param("areas", pass.areaIdArray())
        .param("phone", hashes.phone())
        .param("email", hashes.email())
        .param("name", hashes.name())
        .param("size", size)
        .param("offset", offset)
        .query(
            (rs, i) -> {
              String family = encryption.open(rs.getString("family_name"));
              String name =
                  encryption.open(rs.getString("given_name"))
                      + (family == null ? "" : " " + family);
              return new Found(
                  new FindHer.Woman(
                      rs.getString("reference"),
                      rs.getLong("id"),
                      name,
                      rs.getString("relationship"),
                      rs.getString("contact_status"),
                      rs.getString("area_name")),
                  new CaseRef(
                      rs.getLong("referral_id"), rs.getString("reference"), rs.getLong("area_id")));
            })
        .list();
  }
}
