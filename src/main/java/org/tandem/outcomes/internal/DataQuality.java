package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.Area;
import org.tandem.outcomes.ReportPeriod;

/**
 * What a manager should put right before signing off a quarter: the cases referred in it that lack
 * something the report counts, by reference, so that each can be opened and mended. Read from the
 * published view report_data_quality, in one query for the whole quarter.
 */
@Component
class DataQuality {

  /** What is missing. */
  enum Check {
    OUTCOME,
    PARTNER_STATUS,
    CLOCKS,
    /** A woman on the case with no answer about her ethnicity recorded: she was not asked. */
    ETHNICITY
  }

  /** One check: how many cases fail it, and which. */
  @Schema(name = "DataQualityWarning")
  record Warning(Check check, int cases, List<String> references) {}

  private final JdbcClient jdbc;

  DataQuality(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The checks with at least one case failing, in the order above. */
  List<Warning> warnings(Area area, ReportPeriod period) {
    List<String> outcome = new ArrayList<>();
    List<String> partner = new ArrayList<>();
    List<String> clocks = new ArrayList<>();
    List<String> ethnicity = new ArrayList<>();
    jdbc.sql(
            """
            SELECT q.reference, q.outcome_not_recorded,
                   q.partners_recorded = 0 OR q.partners_not_yet_contacted > 0 AS partner_unknown,
                   q.his_clock_not_recorded OR q.her_clock_not_recorded > 0 AS clocks_not_recorded,
                   q.partners_without_ethnicity > 0 AS ethnicity_not_recorded
            FROM report_data_quality q
            WHERE q.area_id = :area AND q.referred_on BETWEEN :from AND :to
            ORDER BY q.reference
            """)
        .param("area", area.id())
        .param("from", period.from())
        .param("to", period.to())
        .query(
            rs -> {
              String reference = rs.getString(1);
              if (rs.getBoolean(2)) {
                outcome.add(reference);
              }
              if (rs.getBoolean(3)) {
                partner.add(reference);
              }
              if (rs.getBoolean(4)) {
                clocks.add(reference);
              }
              if (rs.getBoolean(5)) {
                ethnicity.add(reference);
              }
            });
    List<Warning> found = new ArrayList<>();
    add(found, Check.OUTCOME, outcome);
    add(found, Check.PARTNER_STATUS, partner);
    add(found, Check.CLOCKS, clocks);
    add(found, Check.ETHNICITY, ethnicity);
    return found;
  }

  private static void add(List<Warning> found, Check check, List<String> references) {
    if (!references.isEmpty()) {
      found.add(new Warning(check, references.size(), List.copyOf(references)));
    }
  }
}
