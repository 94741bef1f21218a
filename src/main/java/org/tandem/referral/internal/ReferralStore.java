package org.tandem.referral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.encryption.FieldEncryption;
import org.tandem.encryption.HerLookup;
import org.tandem.referral.Allocation;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.InvolvementEnded;
import org.tandem.referral.NewReferral;
import org.tandem.referral.PartnerRelationship;
import org.tandem.referral.ProtectionStatus;
import org.tandem.referral.ReferralSource;
import org.tandem.referral.RiskLevel;
import org.tandem.referral.SharingBasis;
import org.tandem.referral.Triage;
import org.tandem.referral.TriageOutcome;

/**
 * Plain SQL for cases (the case list is {@link CaseListStore}'s). Partners are read by one method
 * only, and it needs a {@link WallPass}.
 */
@Repository
public class ReferralStore {

  private final JdbcClient jdbc;
  private final FieldEncryption encryption;
  private final HerLookup lookup;

  ReferralStore(JdbcClient jdbc, FieldEncryption encryption, HerLookup lookup) {
    this.jdbc = jdbc;
    this.encryption = encryption;
    this.lookup = lookup;
  }

  /** The case's key facts, enough to decide who may open it. */
  public record CaseKey(long id, String reference, long areaId, CaseStatus status, int version) {}

  public Optional<CaseKey> key(String reference) {
    return jdbc.sql(
            "SELECT id, reference, area_id, status, version FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(
            (rs, i) ->
                new CaseKey(
                    rs.getLong("id"),
                    rs.getString("reference"),
                    rs.getLong("area_id"),
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getInt("version")))
        .optional();
  }

  /** Takes the next reference in the area, e.g. NEW-0007; numbers are never reused. */
  public String nextReference(long areaId) {
    return jdbc.sql(
            """
            UPDATE area SET next_case_number = next_case_number + 1 WHERE id = :id
            RETURNING code || '-' || lpad((next_case_number - 1)::text, 4, '0')
            """)
        .param("id", areaId)
        .query(String.class)
        .single();
  }

  public long insert(String reference, NewReferral r, String createdBy, OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO referral (area_id, reference, status, referral_source, referral_source_other,
              referrer_name, referrer_organisation, referrer_phone, referrer_email, reason, referred_on,
              man_given_name, man_family_name, man_date_of_birth, man_phone, man_address, man_language,
              man_interpreter_needed, sharing_basis, sharing_basis_detail, created_at, created_by)
            VALUES (:area, :reference, :status, :source, :sourceOther, :referrerName, :referrerOrg,
              :referrerPhone, :referrerEmail, :reason, :referredOn, :given, :family, :dob, :phone,
              :address, :language, :interpreter, :sharing, :sharingDetail, :now, :createdBy)
            RETURNING id
            """)
        .param("area", r.areaId())
        .param("reference", reference)
        .param("status", CaseStatus.AWAITING_TRIAGE.name())
        .param("source", r.referralSource().name())
        .param("sourceOther", blankToNull(r.referralSourceOther()))
        .param("referrerName", r.referrerName().strip())
        .param("referrerOrg", blankToNull(r.referrerOrganisation()))
        .param("referrerPhone", blankToNull(r.referrerPhone()))
        .param("referrerEmail", blankToNull(r.referrerEmail()))
        .param("reason", r.reason().strip())
        .param("referredOn", r.referredOn())
        .param("given", r.manGivenName().strip())
        .param("family", r.manFamilyName().strip())
        .param("dob", r.manDateOfBirth())
        .param("phone", blankToNull(r.manPhone()))
        .param("address", blankToNull(r.manAddress()))
        .param("language", blankToNull(r.manLanguage()))
        .param("interpreter", Boolean.TRUE.equals(r.manInterpreterNeeded()))
        .param("sharing", r.sharingBasis().name())
        .param("sharingDetail", blankToNull(r.sharingBasisDetail()))
        .param("now", now)
        .param("createdBy", createdBy)
        .query(Long.class)
        .single();
  }

  /**
   * Her details are sealed here, with the hashes she is found by, before they reach the database:
   * the one place a referral writes them.
   */
  public long insertPartner(long referralId, NewReferral.Partner p) {
    String given = p.givenName().strip();
    String family = blankToNull(p.familyName());
    String phone = blankToNull(p.phone());
    String email = blankToNull(p.email());
    return jdbc.sql(
            """
            INSERT INTO partner (referral_id, relationship, given_name, family_name, phone, email,
              address, safe_contact_times, phone_hash, email_hash, name_hash, sealed_key_id)
            VALUES (:referral, :relationship, :given, :family, :phone, :email, :address, :times,
              :phoneHash, :emailHash, :nameHash, :key)
            RETURNING id
            """)
        .param("referral", referralId)
        .param("relationship", p.relationship().name())
        .param("given", encryption.seal(given))
        .param("family", encryption.seal(family))
        .param("phone", encryption.seal(phone))
        .param("email", encryption.seal(email))
        .param("address", encryption.seal(blankToNull(p.address())))
        .param("times", encryption.seal(blankToNull(p.safeContactTimes())))
        .param("phoneHash", lookup.phone(phone))
        .param("emailHash", lookup.email(email))
        .param("nameHash", lookup.name(given, family))
        .param("key", encryption.currentKeyId())
        .query(Long.class)
        .single();
  }

  public void insertChild(long referralId, NewReferral.Child c) {
    jdbc.sql(
            """
            INSERT INTO child (referral_id, given_name, age_years, protection_status)
            VALUES (:referral, :given, :age, :status)
            """)
        .param("referral", referralId)
        .param("given", blankToNull(c.givenName()))
        .param("age", c.ageYears())
        .param("status", c.protectionStatus().name())
        .update();
  }

  /** Records that the service's involvement ended, if nobody changed the case since it was read. */
  public boolean endInvolvement(long id, InvolvementEnded ended, String by) {
    return jdbc.sql(
                """
                UPDATE referral SET involvement_ended_on = :on, involvement_ended_reason = :reason,
                  involvement_ended_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("on", ended.endedOn())
            .param("reason", ended.reason().strip())
            .param("by", by)
            .param("id", id)
            .param("version", ended.version())
            .update()
        == 1;
  }

  /** Records a triage decision if nobody changed the case since {@code triage.version()}. */
  public boolean triage(long id, Triage triage, String by, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE referral SET status = :status, triage_outcome = :outcome,
                  referred_on_to = :referredOnTo, triage_notes = :notes, triaged_at = :now,
                  triaged_by = :by, first_appointment_on = :appointment, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("status", triage.outcome().leadsTo().name())
            .param("outcome", triage.outcome().name())
            .param(
                "referredOnTo",
                triage.outcome() == TriageOutcome.INAPPROPRIATE_REFERRED_ON
                    ? blankToNull(triage.referredOnTo())
                    : null)
            .param("notes", blankToNull(triage.notes()))
            .param("now", now)
            .param("by", by)
            .param("appointment", triage.firstAppointmentOn())
            .param("id", id)
            .param("version", triage.version())
            .update()
        == 1;
  }

  public int partnerCount(long referralId) {
    return jdbc.sql("SELECT count(*) FROM partner WHERE referral_id = :id")
        .param("id", referralId)
        .query(Integer.class)
        .single();
  }

  /** Behind the wall: only with a pass for this very case. */
  public List<CaseDetail.PartnerDetail> partners(WallPass pass) {
    return jdbc.sql(
            """
            SELECT id, relationship, given_name, family_name, phone, email, address, safe_contact_times
            FROM partner WHERE referral_id = :id ORDER BY id
            """)
        .param("id", pass.referralId())
        .query(
            (rs, i) ->
                new CaseDetail.PartnerDetail(
                    rs.getLong("id"),
                    PartnerRelationship.valueOf(rs.getString("relationship")),
                    encryption.open(rs.getString("given_name")),
                    encryption.open(rs.getString("family_name")),
                    encryption.open(rs.getString("phone")),
                    encryption.open(rs.getString("email")),
                    encryption.open(rs.getString("address")),
                    encryption.open(rs.getString("safe_contact_times"))))
        .list();
  }

  public List<CaseDetail.ChildDetail> children(long referralId) {
    return jdbc.sql(
            "SELECT given_name, age_years, protection_status FROM child WHERE referral_id = :id ORDER BY id")
        .param("id", referralId)
        .query(
            (rs, i) ->
                new CaseDetail.ChildDetail(
                    rs.getString("given_name"),
                    rs.getInt("age_years"),
                    ProtectionStatus.valueOf(rs.getString("protection_status"))))
        .list();
  }

  public CaseDetail detail(
      long id,
      LocalDate today,
      int partnersRecorded,
      List<CaseDetail.PartnerDetail> partners,
      List<CaseDetail.ChildDetail> children,
      String riskLevelSource) {
    return jdbc.sql(
            """
            SELECT r.*, a.code AS area_code, a.name AS area_name,
              pw.display_name AS perpetrator_worker_name, ps.display_name AS partner_support_worker_name
            FROM referral r JOIN area a ON a.id = r.area_id
            LEFT JOIN app_user pw ON pw.id = r.allocated_perpetrator_worker_id
            LEFT JOIN app_user ps ON ps.id = r.allocated_partner_support_worker_id
            WHERE r.id = :id
            """)
        .param("id", id)
        .query(
            (rs, i) ->
                new CaseDetail(
                    rs.getString("reference"),
                    rs.getString("area_code"),
                    rs.getString("area_name"),
                    CaseStatus.valueOf(rs.getString("status")),
                    ReferralSource.valueOf(rs.getString("referral_source")),
                    rs.getString("referral_source_other"),
                    rs.getString("referrer_name"),
                    rs.getString("referrer_organisation"),
                    rs.getString("referrer_phone"),
                    rs.getString("referrer_email"),
                    rs.getString("reason"),
                    rs.getObject("referred_on", LocalDate.class),
                    daysWaited(rs, today),
                    rs.getString("man_given_name"),
                    rs.getString("man_family_name"),
                    rs.getObject("man_date_of_birth", LocalDate.class),
                    rs.getString("man_phone"),
                    rs.getString("man_address"),
                    rs.getString("man_language"),
                    rs.getBoolean("man_interpreter_needed"),
                    SharingBasis.valueOf(rs.getString("sharing_basis")),
                    rs.getString("sharing_basis_detail"),
                    enumOrNull(TriageOutcome.class, rs.getString("triage_outcome")),
                    rs.getString("referred_on_to"),
                    rs.getString("triage_notes"),
                    rs.getObject("triaged_at", OffsetDateTime.class),
                    rs.getString("triaged_by"),
                    rs.getObject("first_appointment_on", LocalDate.class),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getString("created_by"),
                    rs.getInt("version"),
                    RiskLevel.valueOf(rs.getString("risk_level")),
                    rs.getObject("risk_level_changed_at", OffsetDateTime.class),
                    rs.getString("risk_level_reason"),
                    riskLevelSource,
                    rs.getObject("risk_review_due_on", LocalDate.class),
                    overdue(rs, today),
                    rs.getString("perpetrator_worker_name"),
                    rs.getString("partner_support_worker_name"),
                    partnersRecorded,
                    partners,
                    children,
                    rs.getObject("involvement_ended_on", LocalDate.class),
                    rs.getString("involvement_ended_reason"),
                    rs.getString("involvement_ended_by")))
        .single();
  }

  static boolean overdue(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate due = rs.getObject("risk_review_due_on", LocalDate.class);
    return due != null && due.isBefore(today);
  }

  /** Sets the case's risk level, with why, and when it is next to be reviewed (kept if null). */
  public void changeRiskLevel(
      long id, RiskLevel level, String reason, LocalDate reviewDueOn, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE referral SET risk_level = :level, risk_level_reason = :reason,
              risk_level_changed_at = CASE WHEN risk_level <> :level OR risk_level_changed_at IS NULL
                THEN :now ELSE risk_level_changed_at END,
              risk_review_due_on = coalesce(:due, risk_review_due_on)
            WHERE id = :id
            """)
        .param("level", level.name())
        .param("reason", reason)
        .param("now", now)
        .param("due", reviewDueOn)
        .param("id", id)
        .update();
  }

  public RiskLevel riskLevel(long id) {
    return RiskLevel.valueOf(
        jdbc.sql("SELECT risk_level FROM referral WHERE id = :id")
            .param("id", id)
            .query(String.class)
            .single());
  }

  public Allocation allocation(long id) {
    return jdbc.sql(
            """
            SELECT allocated_perpetrator_worker_id, allocated_partner_support_worker_id
            FROM referral WHERE id = :id
            """)
        .param("id", id)
        .query((rs, i) -> new Allocation(rs.getObject(1, Long.class), rs.getObject(2, Long.class)))
        .single();
  }

  public void allocate(long id, Long perpetratorWorkerId, Long partnerSupportWorkerId) {
    jdbc.sql(
            """
            UPDATE referral SET allocated_perpetrator_worker_id = :pw,
              allocated_partner_support_worker_id = :ps WHERE id = :id
            """)
        .param("pw", perpetratorWorkerId)
        .param("ps", partnerSupportWorkerId)
        .param("id", id)
        .update();
  }

  /** Days from referral to the first appointment, or to today while he is still waiting. */
  static long daysWaited(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate referred = rs.getObject("referred_on", LocalDate.class);
    LocalDate appointment = rs.getObject("first_appointment_on", LocalDate.class);
    LocalDate until = appointment != null ? appointment : today;
    return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(referred, until));
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
