package org.tandem.assessment;

/** The violence he discloses at assessment, as an inventory band. */
public enum DisclosedViolence {
  NONE("0"),
  ONE_TO_FOUR("1 to 4"),
  FIVE_TO_TEN("5 to 10"),
  TEN_TO_FIFTEEN("10 to 15"),
  FIFTEEN_TO_TWENTY("15 to 20"),
  OVER_TWENTY("20 or more");

  private final String band;

  DisclosedViolence(String band) {
    this.band = band;
  }

  public String band() {
    return band;
  }
}
