package org.tandem.partnersupport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.consent.Grounds;
import org.tandem.consent.LawfulBasis;
import org.tandem.partnersupport.NewReferralOn;
import org.tandem.partnersupport.NewSupportSession;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.ReferralOnService;
import org.tandem.partnersupport.SupportKind;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashScore;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes her support work: her own DASH, her safety plan, referrals on to other services
 * and support sessions. Every method takes a {@link WallPass} for her case and touches only a
 * partner on that case, so nothing here can be reached from the far side of the wall or for another
 * family.
 */
@Repository
public class SupportWorkStore {

  private static final TypeReference<Map<Integer, DashAnswer>> ANSWERS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  SupportWorkStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
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
        .param("notes", PartnerRecordStore.blankToNull(notes))
        .params(HerRow.written(pass, partnerId, by, now))
        .update();
  }

  public List<PartnerRecord.Dash> dashes(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT d.completed_on, d.answers::text AS answers, d.notes, d.recorded_by
            FROM partner_dash d JOIN partner p ON p.id = d.partner_id
            WHERE d.partner_id = :partner AND p.referral_id = :referral
            ORDER BY d.completed_on DESC, d.id DESC
            """)
        .params(HerRow.on(pass, partnerId))
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
            WHERE s.partner_id = :partner AND p.referral_id = :referral
            """)
        .params(HerRow.on(pass, partnerId))
        .query(Long.class)
        .single();
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
        .params(HerRow.written(pass, partnerId, by, now))
        .update();
  }

  public List<PartnerRecord.SafetyPlan> plans(WallPass pass, long partnerId, LocalDate today) {
    return jdbc.sql(
            """
            SELECT s.id, s.plan, s.review_on, s.recorded_by FROM safety_plan_revision s
            JOIN partner p ON p.id = s.partner_id
            WHERE s.partner_id = :partner AND p.referral_id = :referral ORDER BY s.id DESC
            """)
        .params(HerRow.on(pass, partnerId))
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
      WallPass pass,
      long partnerId,
      NewReferralOn referral,
      Grounds grounds,
      String by,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO partner_referral_on (partner_id, service, referred_on, detail, basis,
              consent_id, basis_reason, recorded_by, recorded_at)
            SELECT id, :service, :on, :detail, :basis, :consent, :reason, :by, :now FROM partner
            WHERE id = :partner AND referral_id = :referral
            """)
        .param("service", referral.service().name())
        .param("on", referral.referredOn())
        .param("detail", PartnerRecordStore.blankToNull(referral.detail()))
        .param("basis", grounds.basis().name())
        .param("consent", grounds.consentId())
        .param("reason", grounds.reason())
        .params(HerRow.written(pass, partnerId, by, now))
        .update();
  }

  public List<PartnerRecord.ReferralOn> referralsOn(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT r.service, r.referred_on, r.detail, r.recorded_by, r.basis, r.basis_reason,
              c.given_on, c.withdrawn_on
            FROM partner_referral_on r
            JOIN partner p ON p.id = r.partner_id
            LEFT JOIN partner_consent c ON c.id = r.consent_id
            WHERE r.partner_id = :partner AND p.referral_id = :referral
            ORDER BY r.referred_on DESC, r.id DESC
            """)
        .params(HerRow.on(pass, partnerId))
        .query(
            (rs, i) ->
                new PartnerRecord.ReferralOn(
                    ReferralOnService.valueOf(rs.getString(1)),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5) == null ? null : LawfulBasis.valueOf(rs.getString(5)),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getObject(8, LocalDate.class)))
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
        .param("notes", PartnerRecordStore.blankToNull(session.notes()))
        .params(HerRow.written(pass, partnerId, by, now))
        .update();
  }

  public List<PartnerRecord.Session> sessions(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT s.kind, s.held_on, s.minutes, s.notes, s.recorded_by FROM support_session s
            JOIN partner p ON p.id = s.partner_id
            WHERE s.partner_id = :partner AND p.referral_id = :referral
            ORDER BY s.held_on DESC, s.id DESC
            """)
        .params(HerRow.on(pass, partnerId))
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
}
