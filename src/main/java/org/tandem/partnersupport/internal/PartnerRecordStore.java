package org.tandem.partnersupport.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.ContactMethod;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.partnersupport.HerContactStatusChanged;
import org.tandem.partnersupport.HerWishes;
import org.tandem.partnersupport.NewContactAttempt;
import org.tandem.partnersupport.NewReferralOn;
import org.tandem.partnersupport.NewSupportSession;
import org.tandem.partnersupport.PartnerContactStatus;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.ReferralOnService;
import org.tandem.partnersupport.SupportKind;
import org.tandem.referral.PartnerRelationship;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashScore;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes her record. Every method takes a {@link WallPass} for her case and touches only
 * a partner on that case, so nothing here can be reached from the far side of the wall or for
 * another family.
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

  private static final TypeReference<Map<Integer, DashAnswer>> ANSWERS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;

  PartnerRecordStore(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.json = json;
    this.events = events;
  }

  public Optional<Her> her(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT id, relationship, given_name, family_name, phone, email, address,
              safe_contact_times, do_not_contact_by, contact_status, contact_status_on,
              letter_sent_on, her_view_of_safety, childrens_safety_view, consent_to_share,
              consent_to_attendance, version
            FROM partner WHERE id = :id AND referral_id = :referral
            """)
        .param("id", partnerId)
        .param("referral", pass.referralId())
        .query(
            (rs, i) ->
                new Her(
                    rs.getLong("id"),
                    PartnerRelationship.valueOf(rs.getString("relationship")),
                    rs.getString("given_name"),
                    rs.getString("family_name"),
                    rs.getString("phone"),
                    rs.getString("email"),
                    rs.getString("address"),
                    rs.getString("safe_contact_times"),
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
                WHERE id = :id AND referral_id = :referral AND version = :version
                """)
            .param("status", status.name())
            .param("on", on)
            .param("id", partnerId)
            .param("referral", pass.referralId())
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
            WHERE c.partner_id = :id AND p.referral_id = :referral ORDER BY c.id DESC
            """)
        .param("id", partnerId)
        .param("referral", pass.referralId())
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
        .param("by", by)
        .param("now", now)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .update();
  }

  public List<PartnerRecord.Attempt> attempts(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT a.method, a.attempted_at, a.outcome, a.venue, a.notes, a.within_safe_times,
              a.recorded_by
            FROM contact_attempt a JOIN partner p ON p.id = a.partner_id
            WHERE a.partner_id = :id AND p.referral_id = :referral
            ORDER BY a.attempted_at DESC, a.id DESC
            """)
        .param("id", partnerId)
        .param("referral", pass.referralId())
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
        .param("now", now)
        .param("by", by)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .param("kind", kind)
        .param("raisedBy", raisedBy)
        .update();
  }

  public boolean letterSent(WallPass pass, long partnerId, LocalDate on, int version) {
    return jdbc.sql(
                """
                UPDATE partner SET letter_sent_on = :on, version = version + 1
                WHERE id = :id AND referral_id = :referral AND version = :version
                """)
            .param("on", on)
            .param("id", partnerId)
            .param("referral", pass.referralId())
            .param("version", version)
            .update()
        == 1;
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
                WHERE id = :id AND referral_id = :referral AND version = :version
                """)
            .param("times", blankToNull(wishes.safeContactTimes()))
            .param("refused", refused)
            .param("share", wishes.consentToShare())
            .param("attendance", wishes.consentToAttendance())
            .param("view", blankToNull(wishes.herViewOfSafety()))
            .param("children", blankToNull(wishes.childrensSafetyView()))
            .param("id", partnerId)
            .param("referral", pass.referralId())
            .param("version", wishes.version())
            .update()
        == 1;
  }

  public void insertDash(
      WallPass pass,
      long partnerId,
      LocalDate completedOn,
      Map<Integer, DashAnswer> answers,
      DashScore score,
      String notes,
      String by,
      OffsetDateTime now) {
    jdbc.sql(
            """
              INSERT INTO partner_dash (partner_id, completed_on, answers, score, strangulation, notes,
                recorded_by, recorded_at)
              SELECT id, :on, CAST(:answers AS jsonb), :score, :strangulation, :notes, :by, :now
              FROM partner WHERE id = :partner AND referral_id = :referral
              """)
        .param("on", completedOn)
        .param("answers", json.writeValueAsString(new TreeMap<>(answers)))
        .param("score", score.score())
        .param("strangulation", score.strangulation())
        .param("notes", blankToNull(notes))
        .param("by", by)
        .param("now", now)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .update();
  }

  public List<PartnerRecord.Dash> dashes(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT d.completed_on, d.answers::text AS answers, d.notes, d.recorded_by
            FROM partner_dash d JOIN partner p ON p.id = d.partner_id
            WHERE d.partner_id = :id AND p.referral_id = :referral
            ORDER BY d.completed_on DESC, d.id DESC
            """)
        .param("id", partnerId)
        .param("referral", pass.referralId())
        .query(
            (rs, i) -> {
              DashScore score = DashScore.of(answers(rs));
              return new PartnerRecord.Dash(
                  rs.getObject("completed_on", LocalDate.class),
                  score.score(),
                  score.visibleHighRisk(),
                  score.strangulation(),
                  score.yesIndicators(),
                  rs.getString("notes"),
                  rs.getString("recorded_by"));
            })
        .list();
  }

  private Map<Integer, DashAnswer> answers(ResultSet rs) throws SQLException {
    return json.readValue(rs.getString("answers"), ANSWERS);
  }

  /** The newest revision's id, 0 before the first plan. */
  public long currentPlanRevision(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT coalesce(max(s.id), 0) FROM safety_plan_revision s
            JOIN partner p ON p.id = s.partner_id
            WHERE s.partner_id = :id AND p.referral_id = :referral
            """)
        .param("id", partnerId)
        .param("referral", pass.referralId())
        .query(Long.class)
        .single();
  }

  /** Locks her row so that two revisions of her plan are made one after the other. */
  public void lock(WallPass pass, long partnerId) {
    jdbc.sql("SELECT id FROM partner WHERE id = :id AND referral_id = :referral FOR UPDATE")
        .param("id", partnerId)
        .param("referral", pass.referralId())
        .query(Long.class)
        .optional();
  }

  public void insertPlan(
      WallPass pass,
      long partnerId,
      String plan,
      LocalDate reviewOn,
      String by,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO safety_plan_revision (partner_id, plan, review_on, recorded_by, recorded_at)
            SELECT id, :plan, :review, :by, :now FROM partner
            WHERE id = :partner AND referral_id = :referral
            """)
        .param("plan", plan.strip())
        .param("review", reviewOn)
        .param("by", by)
        .param("now", now)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .update();
  }

  public List<PartnerRecord.SafetyPlan> plans(WallPass pass, long partnerId, LocalDate today) {
    return jdbc.sql(
            """
            SELECT s.id, s.plan, s.review_on, s.recorded_by FROM safety_plan_revision s
            JOIN partner p ON p.id = s.partner_id
            WHERE s.partner_id = :id AND p.referral_id = :referral ORDER BY s.id DESC
            """)
        .param("id", partnerId)
        .param("referral", pass.referralId())
        .query(
            (rs, i) -> {
              LocalDate review = rs.getObject("review_on", LocalDate.class);
              return new PartnerRecord.SafetyPlan(
                  rs.getLong("id"),
                  rs.getString("plan"),
                  review,
                  i == 0 && !review.isAfter(today),
                  rs.getString("recorded_by"));
            })
        .list();
  }

  public void insertReferralOn(
      WallPass pass, long partnerId, NewReferralOn referral, String by, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO partner_referral_on (partner_id, service, referred_on, detail, recorded_by, recorded_at)
            SELECT id, :service, :on, :detail, :by, :now FROM partner
            WHERE id = :partner AND referral_id = :referral
            """)
        .param("service", referral.service().name())
        .param("on", referral.referredOn())
        .param("detail", blankToNull(referral.detail()))
        .param("by", by)
        .param("now", now)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .update();
  }

  public List<PartnerRecord.ReferralOn> referralsOn(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT r.service, r.referred_on, r.detail, r.recorded_by FROM partner_referral_on r
            JOIN partner p ON p.id = r.partner_id
            WHERE r.partner_id = :id AND p.referral_id = :referral
            ORDER BY r.referred_on DESC, r.id DESC
            """)
        .param("id", partnerId)
        .param("referral", pass.referralId())
        .query(
            (rs, i) ->
                new PartnerRecord.ReferralOn(
                    ReferralOnService.valueOf(rs.getString(1)),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4)))
        .list();
  }

  public void insertSession(
      WallPass pass, long partnerId, NewSupportSession session, String by, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO support_session (partner_id, kind, held_on, minutes, notes, recorded_by, recorded_at)
            SELECT id, :kind, :on, :minutes, :notes, :by, :now FROM partner
            WHERE id = :partner AND referral_id = :referral
            """)
        .param("kind", session.kind().name())
        .param("on", session.heldOn())
        .param("minutes", session.minutes())
        .param("notes", blankToNull(session.notes()))
        .param("by", by)
        .param("now", now)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .update();
  }

  public List<PartnerRecord.Session> sessions(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT s.kind, s.held_on, s.minutes, s.notes, s.recorded_by FROM support_session s
            JOIN partner p ON p.id = s.partner_id
            WHERE s.partner_id = :id AND p.referral_id = :referral
            ORDER BY s.held_on DESC, s.id DESC
            """)
        .param("id", partnerId)
        .param("referral", pass.referralId())
        .query(
            (rs, i) ->
                new PartnerRecord.Session(
                    SupportKind.valueOf(rs.getString(1)),
                    rs.getObject(2, LocalDate.class),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The service's letter template and its version. */
  public record Template(String body, String updatedBy, OffsetDateTime updatedAt, int version) {}

  public Template template() {
    return jdbc.sql(
            "SELECT body, updated_by, updated_at, version FROM letter_template WHERE id = 1")
        .query(
            (rs, i) ->
                new Template(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getInt(4)))
        .single();
  }

  public boolean updateTemplate(String body, int version, String by, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE letter_template SET body = :body, updated_by = :by, updated_at = :now,
                  version = version + 1
                WHERE id = 1 AND version = :version
                """)
            .param("body", body)
            .param("by", by)
            .param("now", now)
            .param("version", version)
            .update()
        == 1;
  }
}
