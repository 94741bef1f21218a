package org.tandem.referral.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.DuplicateRules;

/**
 * The earlier cases in the user's areas that may be the same man: a name like his (the trigram
 * index on his name), or his date of birth, or his phone's last ten digits (V35's indexes). Reads
 * only his details, never a partner's.
 */
@Repository
public class DuplicateStore {

  /** The most candidates read; the rules keep the best of them. */
  private static final int MOST = 50;

  private final JdbcClient jdbc;

  DuplicateStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An earlier case, with how alike its name is to the one asked about (0 to 1). */
  public record Candidate(
      long id,
      long areaId,
      String reference,
      String areaCode,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      String phone,
      CaseStatus status,
      LocalDate referredOn,
      double nameSimilarity) {}

  public List<Candidate> candidates(
      Set<Long> areaIds, String name, LocalDate dateOfBirth, String phoneKey) {
    return jdbc.sql(
            """
            SELECT r.id, r.area_id, r.reference, a.code, r.man_given_name, r.man_family_name,
              r.man_date_of_birth, r.man_phone, r.status, r.referred_on,
              CASE WHEN CAST(:name AS text) IS NULL THEN 0
                ELSE similarity(r.man_given_name || ' ' || r.man_family_name, :name) END AS alike
            FROM referral r JOIN area a ON a.id = r.area_id
            WHERE r.area_id = ANY(:areas)
              AND ((r.man_given_name || ' ' || r.man_family_name) % CAST(:name AS text)
                OR r.man_date_of_birth = CAST(:dob AS date)
                OR right(regexp_replace(r.man_phone, '[^0-9]', '', 'g'), 10) = CAST(:phone AS text))
            ORDER BY alike DESC, r.referred_on DESC, r.id DESC
            LIMIT :most
            """)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("name", name)
        .param("dob", dateOfBirth)
        .param("phone", phoneKey)
        .param("most", MOST)
        .query(
            (rs, i) ->
                new Candidate(
                    rs.getLong("id"),
                    rs.getLong("area_id"),
                    rs.getString("reference"),
                    rs.getString("code"),
                    rs.getString("man_given_name"),
                    rs.getString("man_family_name"),
                    rs.getObject("man_date_of_birth", LocalDate.class),
                    rs.getString("man_phone"),
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getObject("referred_on", LocalDate.class),
                    rs.getDouble("alike")))
        .list();
  }

  /** A referral nobody checked for the same man, with how many other cases may be him. */
  public record ToResolve(
      long id,
      long areaId,
      String reference,
      String givenName,
      String familyName,
      LocalDate referredOn,
      int matches) {}

  /**
   * Referrals awaiting triage in these areas with no decision about the same man, that have other
   * cases in these areas alike by the rules of {@link DuplicateRules}: a name at least as similar,
   * his date of birth, or his phone's last ten digits.
   */
  public List<ToResolve> unresolved(Set<Long> areaIds, int most) {
    return jdbc.sql(
            """
            SELECT r.id, r.area_id, r.reference, r.man_given_name, r.man_family_name,
              r.referred_on, m.matches
            FROM referral r
            CROSS JOIN LATERAL (
              SELECT count(*) AS matches FROM referral e
              WHERE e.id <> r.id AND e.area_id = ANY(:areas)
                AND (((e.man_given_name || ' ' || e.man_family_name)
                      % (r.man_given_name || ' ' || r.man_family_name)
                    AND similarity(e.man_given_name || ' ' || e.man_family_name,
                      r.man_given_name || ' ' || r.man_family_name) >= :same)
                  OR e.man_date_of_birth = r.man_date_of_birth
                  OR (length(regexp_replace(r.man_phone, '[^0-9]', '', 'g')) >= 10
                    AND right(regexp_replace(e.man_phone, '[^0-9]', '', 'g'), 10)
                      = right(regexp_replace(r.man_phone, '[^0-9]', '', 'g'), 10)))
            ) m
            WHERE r.area_id = ANY(:areas) AND r.status = 'AWAITING_TRIAGE'
              AND r.duplicate_check IS NULL AND m.matches > 0
            ORDER BY r.referred_on, r.id
            LIMIT :most
            """)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("same", DuplicateRules.SAME_NAME)
        .param("most", most)
        .query(
            (rs, i) ->
                new ToResolve(
                    rs.getLong("id"),
                    rs.getLong("area_id"),
                    rs.getString("reference"),
                    rs.getString("man_given_name"),
                    rs.getString("man_family_name"),
                    rs.getObject("referred_on", LocalDate.class),
                    rs.getInt("matches")))
        .list();
  }
}
