package org.tandem.partnersupport.internal;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.encryption.FieldEncryption;
import org.tandem.encryption.HerLookup;
import org.tandem.partnersupport.HerAmendment;
import org.tandem.partnersupport.HerDetail;

/**
 * Her details as a correction reads and writes them, and the amendments that keep what each
 * correction replaced. Her columns in {@code partner} are read only by {@link #read} and written
 * only by {@link #write}, which open and seal them; an amendment's values and reason are sealed in
 * {@link #record} and opened in {@link #history}, so none of them reaches the database in the
 * clear. Every statement selects her through the pass's case.
 */
@Repository
public class HerDetailsStore {

  /** Her details, opened, and the version of her record they were read at. */
  public record HerDetails(Map<HerDetail, String> values, int version) {

    /** Each detail that {@code after} changes, with what it held and what it is to hold. */
    public Map<HerDetail, String[]> changedIn(Map<HerDetail, String> after) {
      Map<HerDetail, String[]> changed = new LinkedHashMap<>();
      after.forEach(
          (detail, value) -> {
            if (!Objects.equals(values.get(detail), value)) {
              changed.put(detail, new String[] {values.get(detail), value});
            }
          });
      return changed;
    }
  }

  private final JdbcClient jdbc;
  private final FieldEncryption encryption;
  private final HerLookup lookup;

  HerDetailsStore(JdbcClient jdbc, FieldEncryption encryption, HerLookup lookup) {
    this.jdbc = jdbc;
    this.encryption = encryption;
    this.lookup = lookup;
  }

  /** Her details, opened, her row locked until the transaction ends. */
  public Optional<HerDetails> read(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT given_name, family_name, phone, email, address, safe_contact_times, version
            FROM partner WHERE id = :partner AND referral_id = :referral FOR UPDATE
            """)
        .params(HerRow.on(pass, partnerId))
        .query(
            (rs, i) -> {
              Map<HerDetail, String> v = new EnumMap<>(HerDetail.class);
              v.put(HerDetail.GIVEN_NAME, encryption.open(rs.getString("given_name")));
              v.put(HerDetail.FAMILY_NAME, encryption.open(rs.getString("family_name")));
              v.put(HerDetail.PHONE, encryption.open(rs.getString("phone")));
              v.put(HerDetail.EMAIL, encryption.open(rs.getString("email")));
              v.put(HerDetail.ADDRESS, encryption.open(rs.getString("address")));
              v.put(
                  HerDetail.SAFE_CONTACT_TIMES,
                  encryption.open(rs.getString("safe_contact_times")));
              return new HerDetails(v, rs.getInt("version"));
            })
        .optional();
  }

  /** Whether she is a partner on the pass's case. */
  public boolean isOnTheCase(WallPass pass, long partnerId) {
    return jdbc.sql("SELECT count(*) FROM partner WHERE id = :partner AND referral_id = :referral")
            .params(HerRow.on(pass, partnerId))
            .query(Long.class)
            .single()
        == 1;
  }

  /**
   * Seals and writes her details if her record is still at the version read, with the hashes she is
   * found by, so that a search finds her by her corrected number, address or name.
   */
  public boolean write(WallPass pass, long partnerId, Map<HerDetail, String> d, int version) {
    return jdbc.sql(
                """
                UPDATE partner SET given_name = :given, family_name = :family, phone = :phone,
                  email = :email, address = :address, safe_contact_times = :times,
                  phone_hash = :phoneHash, email_hash = :emailHash, name_hash = :nameHash,
                  sealed_key_id = :key, version = version + 1
                WHERE id = :partner AND referral_id = :referral AND version = :version
                """)
            .param("given", encryption.seal(d.get(HerDetail.GIVEN_NAME)))
            .param("family", encryption.seal(d.get(HerDetail.FAMILY_NAME)))
            .param("phone", encryption.seal(d.get(HerDetail.PHONE)))
            .param("email", encryption.seal(d.get(HerDetail.EMAIL)))
            .param("address", encryption.seal(d.get(HerDetail.ADDRESS)))
            .param("times", encryption.seal(d.get(HerDetail.SAFE_CONTACT_TIMES)))
            .param("phoneHash", lookup.phone(d.get(HerDetail.PHONE)))
            .param("emailHash", lookup.email(d.get(HerDetail.EMAIL)))
            .param(
                "nameHash", lookup.name(d.get(HerDetail.GIVEN_NAME), d.get(HerDetail.FAMILY_NAME)))
            .param("key", encryption.currentKeyId())
            .params(HerRow.on(pass, partnerId))
            .param("version", version)
            .update()
        == 1;
  }

  /** One amendment per changed detail, its values and the reason sealed. */
  public void record(
      WallPass pass,
      long partnerId,
      Map<HerDetail, String[]> changed,
      String reason,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO partner_amendment (partner_id, field, value_before, value_after, reason,
              amended_by, amended_at)
            SELECT p.id, c.field, c.before, c.after, :reason, :by, :now
            FROM partner p,
              unnest(CAST(:fields AS text[]), CAST(:befores AS text[]), CAST(:afters AS text[]))
                AS c(field, before, after)
            WHERE p.id = :partner AND p.referral_id = :referral
            """)
        .params(HerRow.written(pass, partnerId, by, at))
        .param("fields", changed.keySet().stream().map(Enum::name).toArray(String[]::new))
        .param(
            "befores",
            changed.values().stream().map(v -> encryption.seal(v[0])).toArray(String[]::new))
        .param(
            "afters",
            changed.values().stream().map(v -> encryption.seal(v[1])).toArray(String[]::new))
        .param("reason", encryption.seal(reason))
        .update();
  }

  /** Her amendments, opened, newest first. */
  public List<HerAmendment> history(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT a.field, a.value_before, a.value_after, a.reason, a.amended_by, a.amended_at
            FROM partner_amendment a JOIN partner p ON p.id = a.partner_id
            WHERE p.id = :partner AND p.referral_id = :referral
            ORDER BY a.amended_at DESC, a.id DESC
            """)
        .params(HerRow.on(pass, partnerId))
        .query(
            (rs, i) ->
                new HerAmendment(
                    HerDetail.valueOf(rs.getString("field")),
                    encryption.open(rs.getString("value_before")),
                    encryption.open(rs.getString("value_after")),
                    encryption.open(rs.getString("reason")),
                    rs.getString("amended_by"),
                    rs.getObject("amended_at", OffsetDateTime.class)))
        .list();
  }
}
