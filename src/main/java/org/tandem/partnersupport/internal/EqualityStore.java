package org.tandem.partnersupport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallFiguresPass;
import org.tandem.access.WallPass;
import org.tandem.encryption.FieldEncryption;
import org.tandem.partnersupport.HerEquality;

/**
 * Her equality monitoring answers in {@code partner_equality}: each answer sealed on the way in and
 * opened on the way out, so none reaches the database in the clear. Her answers are read and
 * written through the pass's case; the figures read every woman's answers on the cases given, in
 * the pass's areas, and hand them to a count, never to a page.
 */
@Repository
public class EqualityStore {

  private static final String COLUMNS =
      "e.ethnicity, e.sex, e.gender_same_as_at_birth, e.sexual_orientation, e.disability,"
          + " e.age_band, e.version";

  private final JdbcClient jdbc;
  private final FieldEncryption encryption;

  EqualityStore(JdbcClient jdbc, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.encryption = encryption;
  }

  /**
   * Her answers, opened; not asked at version 0 when none is recorded; empty if not on the case.
   */
  public Optional<HerEquality> read(WallPass pass, long partnerId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM partner p LEFT JOIN partner_equality e ON e.partner_id = p.id
                WHERE p.id = :partner AND p.referral_id = :referral
                """)
        .params(HerRow.on(pass, partnerId))
        .query(this::answers)
        .optional();
  }

  /**
   * Seals and writes her answers if they are still at the version read (0: none recorded yet);
   * whether they were written.
   */
  public boolean write(
      WallPass pass, long partnerId, HerEquality answers, String by, OffsetDateTime at) {
    String sql =
        answers.version() == 0
            ? """
              INSERT INTO partner_equality (partner_id, ethnicity, sex, gender_same_as_at_birth,
                sexual_orientation, disability, age_band, recorded_by, recorded_at)
              SELECT p.id, :ethnicity, :sex, :gender, :orientation, :disability, :age, :by, :now
              FROM partner p WHERE p.id = :partner AND p.referral_id = :referral
              ON CONFLICT (partner_id) DO NOTHING
              """
            : """
              UPDATE partner_equality e SET ethnicity = :ethnicity, sex = :sex,
                gender_same_as_at_birth = :gender, sexual_orientation = :orientation,
                disability = :disability, age_band = :age, recorded_by = :by, recorded_at = :now,
                version = e.version + 1
              FROM partner p
              WHERE e.partner_id = p.id AND p.id = :partner AND p.referral_id = :referral
                AND e.version = :version
              """;
    return jdbc.sql(sql)
            .params(HerRow.written(pass, partnerId, by, at))
            .param("ethnicity", sealed(answers.ethnicity()))
            .param("sex", sealed(answers.sex()))
            .param("gender", sealed(answers.genderSameAsAtBirth()))
            .param("orientation", sealed(answers.sexualOrientation()))
            .param("disability", sealed(answers.disability()))
            .param("age", sealed(answers.ageBand()))
            .param("version", answers.version())
            .update()
        == 1;
  }

  /**
   * The answers of every woman on these cases in the pass's areas, one each, not asked where none
   * is recorded: for counting only.
   */
  public List<HerEquality> answersOn(WallFiguresPass pass, Collection<Long> referralIds) {
    if (referralIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM partner p
                JOIN referral r ON r.id = p.referral_id
                LEFT JOIN partner_equality e ON e.partner_id = p.id
                WHERE p.referral_id = ANY(:cases) AND r.area_id = ANY(:areas)
                """)
        .param("cases", referralIds.toArray(Long[]::new))
        .param("areas", pass.areaIdArray())
        .query(this::answers)
        .list();
  }

  private HerEquality answers(ResultSet rs, int row) throws SQLException {
    return new HerEquality(
        opened(rs.getString(1), HerEquality.Ethnicity.class),
        opened(rs.getString(2), HerEquality.Sex.class),
        opened(rs.getString(3), HerEquality.Answer.class),
        opened(rs.getString(4), HerEquality.SexualOrientation.class),
        opened(rs.getString(5), HerEquality.Answer.class),
        opened(rs.getString(6), HerEquality.AgeBand.class),
        rs.getInt(7));
  }

  private String sealed(Enum<?> answer) {
    return answer == null ? null : encryption.seal(answer.name());
  }

  /** The answer opened; one that is no answer (blanked when her record was anonymised) is none. */
  private <E extends Enum<E>> E opened(String stored, Class<E> type) {
    if (stored == null) {
      return null;
    }
    String plain = encryption.open(stored);
    for (E answer : type.getEnumConstants()) {
      if (answer.name().equals(plain)) {
        return answer;
      }
    }
    return null;
  }
}
