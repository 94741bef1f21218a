package org.tandem.referral.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;

/**
 * Where a case's current risk level came from, when that was behind the wall (her DASH with partner
 * support). The case's own reason is then neutral, so that everyone without a pass, and every
 * report, reads that; this is read only with a pass.
 */
@Repository
public class RiskLevelSources {

  private final JdbcClient jdbc;

  RiskLevelSources(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The level is changing: where it came from before no longer says why it is what it is. */
  public void forget(long referralId) {
    jdbc.sql("DELETE FROM risk_level_source WHERE referral_id = :id")
        .param("id", referralId)
        .update();
  }

  /** Keeps, behind the wall, where the level just set came from. */
  public void record(WallPass pass, String reason) {
    jdbc.sql("INSERT INTO risk_level_source (referral_id, reason) VALUES (:id, :reason)")
        .param("id", pass.referralId())
        .param("reason", reason)
        .update();
  }

  /** Where the level came from, if that was behind the wall. */
  public Optional<String> of(WallPass pass) {
    return jdbc.sql("SELECT reason FROM risk_level_source WHERE referral_id = :id")
        .param("id", pass.referralId())
        .query(String.class)
        .optional();
  }
}
