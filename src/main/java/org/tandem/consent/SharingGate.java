package org.tandem.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;
import org.tandem.consent.internal.ConsentStore;
import org.tandem.consent.internal.ConsentWords;

/**
 * The gate every sharing out of the service passes: it must name a lawful basis, legitimate
 * interests must give a reason, and consent must be a recorded consent that covers this kind of
 * sharing and stands on the day it is made (given, not expired, not withdrawn). A sharing that
 * fails is refused beside its basis field, saying why, so nothing leaves on a consent since
 * withdrawn. The caller stores the {@link Grounds} it returns with the sharing.
 */
@Service
public class SharingGate {

  /** The form and API fields the basis is read from, so problems stand beside them. */
  public static final String BASIS = "basis";

  public static final String REASON = "basisReason";

  private final ConsentStore store;
  private final ConsentWords words;

  SharingGate(ConsentStore store, ConsentWords words) {
    this.store = store;
    this.words = words;
  }

  /** A sharing that relies on her (her referrals on): her consent, read behind the wall. */
  public Grounds forHer(
      WallPass pass, long partnerId, ShareTo to, LocalDate on, LawfulBasis basis, String reason) {
    return decide(basis, reason, to, on, () -> store.hers(pass, partnerId), "her");
  }

  /** A sharing of his case (reports to his referrer): his consent. */
  public Grounds forHim(CaseRef ref, ShareTo to, LocalDate on, LawfulBasis basis, String reason) {
    return decide(basis, reason, to, on, () -> store.his(ref), "his");
  }

  /**
   * @param whose "her" or "his": whose consent the refusal speaks of
   */
  private Grounds decide(
      LawfulBasis basis,
      String reason,
      ShareTo to,
      LocalDate on,
      java.util.function.Supplier<List<Consent>> consents,
      String whose) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (basis == null) {
      throw words.refused(BASIS, "consent.problem.selectTheLawfulBasis");
    }
    if (basis == LawfulBasis.LEGITIMATE_INTERESTS && why == null) {
      throw words.refused(REASON, "consent.problem.enterWhyLegitimateInterests");
    }
    if (basis != LawfulBasis.CONSENT) {
      return new Grounds(basis, null, why);
    }
    if (on == null) {
      return new Grounds(basis, null, why); // the date's own problem is reported beside it
    }
    List<Consent> covering = consents.get().stream().filter(c -> c.covers(to)).toList();
    Optional<Consent> standing =
        covering.stream().filter(c -> c.on(on) == Consent.Standing.STANDS).findFirst();
    if (standing.isPresent()) {
      return new Grounds(basis, standing.get().id(), why);
    }
    if (covering.isEmpty()) {
      throw words.refused(BASIS, "consent.problem.notConsented." + whose, words.inWords(to));
    }
    Consent latest = covering.get(0);
    LocalDate day =
        switch (latest.on(on)) {
          case WITHDRAWN -> latest.withdrawnOn();
          case EXPIRED -> latest.expiresOn();
          default -> latest.givenOn();
        };
    String refusal =
        switch (latest.on(on)) {
          case WITHDRAWN -> "consent.problem.withdrawn.";
          case EXPIRED -> "consent.problem.expired.";
          default -> "consent.problem.notGivenUntil.";
        };
    throw words.refused(BASIS, refusal + whose, words.inWords(to), words.day(day));
  }
}
