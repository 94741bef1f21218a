package org.tandem.demo;

import org.springframework.util.StringUtils;

/**
 * Whether the demo may load: on the embedded database unless TANDEM_DEMO=false, and on any database
 * when TANDEM_DEMO=true. One rule for the demo data and for the clock that replays its past.
 */
final class DemoSwitch {

  private DemoSwitch() {}

  /**
   * @param externalUrl the database's address (tandem.db.url), blank on the embedded database
   * @param setting TANDEM_DEMO as set, or null
   */
  static boolean wanted(String externalUrl, String setting) {
    String demo = setting == null ? "" : setting.strip().toLowerCase();
    return demo.equals("true") || (!StringUtils.hasText(externalUrl) && !demo.equals("false"));
  }
}
