package org.tandem.partnersupport.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.encryption.FieldEncryption;
import org.tandem.partnersupport.ContactMethod;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.partnersupport.HerContactStatusChanged;
import org.tandem.partnersupport.HerWishes;
import org.tandem.partnersupport.NewContactAttempt;
import org.tandem.partnersupport.PartnerContactStatus;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.referral.PartnerRelationship;

/**
 * /** Reads and writes her record: her row, proactive contact and where it stands, her tasks, and
 * her wishes and consents. Her support work is {@link SupportWorkStore}'s and the letter {@link
 * LetterStore}'s. Every method takes a {@link WallPass} for her case and touches only a partner on
 * that case, so nothing here can be reached from the far side of the wall or for another family.
 */
@Repository
public class PartnerRecordStore {

  /** The row of the partner table her record starts from. */
  public record Her(
      long id,
      PartnerRelationship relationship,
      String givenName,
      String familyName,
      String phone,
      String email,
      String address,
      String safeContactTimes,
      Set<ContactMethod> doNotContactBy,
      PartnerContactStatus status,
      LocalDate statusOn,
      LocalDate letterSentOn,
      String herViewOfSafety,
      String childrensSafetyView,
      Boolean consentToShare,
      boolean consentToAttendance,
      int version) {}

  /** The kinds of task proactive contact completes. */
  public static final String LETTER_TASK = LetterTask.KIND;

  public static final String CONTACT_TASK = StatusChangePrompts.KIND;

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final FieldEncryption encryption;

  PartnerRecordStore(
      JdbcClient jdbc, ApplicationEventPublisher events, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.events = events;
    this.encryption = encryption;
  }

  public Optional<Her> her(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT id, relationship, given_name, family_name, phone, email, address,
              safe_contact_times, do_not_contact_by, contact_status, contact_status_on,
              letter_sent_on, her_view_of_safety, childrens_safety_view, consent_to_share,
              consent_to_attendance, version
            FROM partner WHERE id = :partner AND referral_id = :referral
            """)
        .params(HerRow.on(pass, partnerId))
        .query(
            (rs, i) ->
                new Her(
                    rs.getLong("id"),
                    PartnerRelationship.valueOf(rs.getString("relationship")),
                    encryption.open(rs.getString("given_name")),
                    encryption.open(rs.getString("family_name")),
                    encryption.open(rs.getString("phone")),
                    encryption.open(rs.getString("email")),
                    encryption.open(rs.getString("address")),
                    encryption.open(rs.getString("safe_contact_times")),
                    methods(rs.getArray("do_not_contact_by")),
                    PartnerContactStatus.valueOf(rs.getString("contact_status")),
                    rs.getObject("contact_status_on", LocalDate.class),
                    rs.getObject("letter_sent_on", LocalDate.class),
                    rs.getString("her_view_of_safety"),
                    rs.getString("childrens_safety_view"),
                    (Boolean) rs.getObject("consent_to_share"),
                    rs.getBoolean("consent_to_attendance"),
                    rs.getInt("version")))
        .optional();
  }

  private static Set<ContactMethod> methods(Array array) throws SQLException {
    Set<ContactMethod> methods = EnumSet.noneOf(ContactMethod.class);
    if (array != null) {
      Arrays.stream((Object[]) array.getArray())
          .map(o -> ContactMethod.valueOf(o.toString()))
          .forEach(methods::add);
    }
    return methods;
  }

  /** Sets where contact stands, if nobody changed her record meanwhile. */
  public boolean changeStatus(
      WallPass pass,
      long partnerId,
      PartnerContactStatus status,
      LocalDate on,
      int version,
      String by,
      OffsetDateTime now) {
    int updated =
        jdbc.sql(
                """
                UPDATE partner SET contact_status = :status, contact_status_on = :on,
                  version = version + 1
                WHERE id = :partner AND referral_id = :referral AND version = :version
                """)
            .param("status", status.name())
            .param("on", on)
            .params(HerRow.on(pass, partnerId))
            .param("version", version)
            .update();
    if (updated == 1) {
      jdbc.sql(
              """
              INSERT INTO partner_contact_status_change (partner_id, status, changed_on, recorded_by, recorded_at)
              VALUES (:partner, :status, :on, :by, :now)
              """)
          .param("partner", partnerId)
          .param("status", status.name())
          .param("on", on)
          .param("by", by)
          .param("now", now)
          .update();
      events.publishEvent(new HerContactStatusChanged(pass, partnerId, status, now));
    }
    return updated == 1;
  }

  public List<PartnerRecord.StatusChange> statusHistory(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT c.status, c.changed_on, c.recorded_by FROM partner_contact_status_change c
            JOIN partner p ON p.id = c.partner_id
            WHERE c.partner_id = :partner AND p.referral_id = :referral ORDER BY c.id DESC
            """)
        .params(HerRow.on(pass, partnerId))
        .query(
            (rs, i) ->
                new PartnerRecord.StatusChange(
                    PartnerContactStatus.valueOf(rs.getString(1)),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3)))
        .list();
  }

  public void insertAttempt(
      WallPass pass,
      long partnerId,
      NewContactAttempt attempt,
      OffsetDateTime attemptedAt,
      String by,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO contact_attempt (partner_id, method, attempted_at, outcome, venue, notes,
              within_safe_times, recorded_by, recorded_at)
            SELECT id, :method, :at, :outcome, :venue, :notes, :within, :by, :now
            FROM partner WHERE id = :partner AND referral_id = :referral
            """)
        .param("method", attempt.method().name())
        .param("at", attemptedAt)
        .param("outcome", attempt.outcome().name())
        .param("venue", blankToNull(attempt.venue()))
        .param("notes", blankToNull(attempt.notes()))
        .param("within", Boolean.TRUE.equals(attempt.withinSafeTimes()))
        .params(HerRow.written(pass, partnerId, by, now))
        .update();
  }

  public List<PartnerRecord.Attempt> attempts(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT a.method, a.attempted_at, a.outcome, a.venue, a.notes, a.within_safe_times,
              a.recorded_by
            FROM contact_attempt a JOIN partner p ON p.id = a.partner_id
            WHERE a.partner_id = :partner AND p.referral_id = :referral
            ORDER BY a.attempted_at DESC, a.id DESC
            """)
        .params(HerRow.on(pass, partnerId))
        .query(
            (rs, i) ->
                new PartnerRecord.Attempt(
                    ContactMethod.valueOf(rs.getString("method")),
                    rs.getObject("attempted_at", OffsetDateTime.class)
                        .atZoneSameInstant(ServiceClock.ZONE),
                    ContactOutcome.valueOf(rs.getString("outcome")),
                    rs.getString("venue"),
                    rs.getString("notes"),
                    rs.getBoolean("within_safe_times"),
                    rs.getString("recorded_by")))
        .list();
  }

  /** Completes her open tasks of this kind raised before the given time; returns how many. */
  public int completeTasks(
      WallPass pass,
      long partnerId,
      String kind,
      OffsetDateTime raisedBy,
      String by,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            UPDATE partner_support_task SET completed_at = :now, completed_by = :by,
              version = version + 1
            WHERE partner_id = :partner AND referral_id = :referral AND kind = :kind
              AND completed_at IS NULL AND created_at <= :raisedBy
            """)
        .params(HerRow.written(pass, partnerId, by, now))
        .param("kind", kind)
        .param("raisedBy", raisedBy)
        .update();
  }

  public boolean updateWishes(WallPass pass, long partnerId, HerWishes wishes) {
    String[] refused =
        wishes.doNotContactBy() == null
            ? new String[0]
            : wishes.doNotContactBy().stream().map(Enum::name).sorted().toArray(String[]::new);
    return jdbc.sql(
                """
                UPDATE partner SET safe_contact_times = :times, do_not_contact_by = :refused,
                  consent_to_share = :share, consent_to_attendance = :attendance,
                  her_view_of_safety = :view, childrens_safety_view = :children,
                  version = version + 1
                WHERE id = :partner AND referral_id = :referral AND version = :version
                """)
            .param("times", encryption.seal(blankToNull(wishes.safeContactTimes())))
            .param("refused", refused)
            .param("share", wishes.consentToShare())
            .param("attendance", wishes.consentToAttendance())
            .param("view", blankToNull(wishes.herViewOfSafety()))
            .param("children", blankToNull(wishes.childrensSafetyView()))
            .params(HerRow.on(pass, partnerId))
            .param("version", wishes.version())
            .update()
        == 1;
  }

  /** Locks her row so that two revisions of her plan are made one after the other. */
  public void lock(WallPass pass, long partnerId) {
    jdbc.sql("SELECT id FROM partner WHERE id = :partner AND referral_id = :referral FOR UPDATE")
        .params(HerRow.on(pass, partnerId))
        .query(Long.class)
        .optional();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
