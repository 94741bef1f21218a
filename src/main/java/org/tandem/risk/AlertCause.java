package org.tandem.risk;

/**
 * What an alert is about, kept as what happened rather than as a sentence in one language, so that
 * each worker reads it in their own ({@link AlertSentences}).
 *
 * @param kind what happened
 * @param eventKind for a risk event recorded, its kind; else null
 * @param detail what the sentence names besides the case: the DASH score, the number of police
 *     call-outs, or the worker's reasons for a referral on professional judgement, as typed
 */
public record AlertCause(Kind kind, RiskEventKind eventKind, String detail) {

  /** What raised the alert. */
  public enum Kind {
    /** A risk event was recorded and marked to alert the case's workers. */
    EVENT,
    /** The case became high risk: a DASH score of visible high risk. */
    DASH,
    /** The same, with strangulation indicated. */
    DASH_STRANGULATION,
    /** The same, found behind the wall: only the neutral reason is ever said. */
    HELD_BY_THE_SERVICE,
    /** The case became high risk: police call-outs escalating. */
    CALL_OUTS,
    /** The case became high risk: a worker's professional judgement. */
    JUDGEMENT
  }

  static AlertCause event(RiskEventKind kind) {
    return new AlertCause(Kind.EVENT, kind, null);
  }

  static AlertCause dash(DashScore score) {
    return new AlertCause(
        score.strangulation() ? Kind.DASH_STRANGULATION : Kind.DASH,
        null,
        String.valueOf(score.score()));
  }

  static AlertCause heldByTheService() {
    return new AlertCause(Kind.HELD_BY_THE_SERVICE, null, null);
  }

  static AlertCause callOuts(long count) {
    return new AlertCause(Kind.CALL_OUTS, null, String.valueOf(count));
  }

  static AlertCause judgement(String reasons) {
    return new AlertCause(Kind.JUDGEMENT, null, reasons);
  }
}
