package org.tandem.reminders.internal;

import java.sql.Array;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.encryption.FieldEncryption;
import org.tandem.partnersupport.ContactMethod;

/** Her name, phone and email, and her contact rules: behind the wall, read only with a pass. */
@Repository
class HerContactStore {

  private final JdbcClient jdbc;
  private final FieldEncryption encryption;

  HerContactStore(JdbcClient jdbc, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.encryption = encryption;
  }

  record HerContact(
      String givenName,
      String phone,
      String email,
      boolean safeTimesRecorded,
      Set<ContactMethod> doNotContactBy) {}

  HerContact contact(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT p.given_name, p.phone, p.email,
              p.safe_contact_times, p.do_not_contact_by
            FROM partner p WHERE p.id = :partner AND p.referral_id = :referral
            """)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .query(
            (rs, i) -> {
              Array methods = rs.getArray(5);
              Set<ContactMethod> refused = EnumSet.noneOf(ContactMethod.class);
              Arrays.stream((String[]) methods.getArray())
                  .map(ContactMethod::valueOf)
                  .forEach(refused::add);
              // Sealed, so whether safe times are recorded is asked of the opened value.
              String times = encryption.open(rs.getString(4));
              return new HerContact(
                  encryption.open(rs.getString(1)),
                  encryption.open(rs.getString(2)),
                  encryption.open(rs.getString(3)),
                  times != null && !times.isBlank(),
                  refused);
            })
        .single();
  }
}
