package org.tandem.consent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;
import org.tandem.consent.internal.ConsentStore;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

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

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ConsentStore store;

  SharingGate(ConsentStore store) {
    this.store = store;
  }

  /** A sharing that relies on her (her referrals on): her consent, read behind the wall. */
  public Grounds forHer(
      WallPass pass, long partnerId, ShareTo to, LocalDate on, LawfulBasis basis, String reason) {
    return decide(basis, reason, to, on, () -> store.hers(pass, partnerId), "She has", "Her");
  }

  /** A sharing of his case (reports to his referrer): his consent. */
  public Grounds forHim(CaseRef ref, ShareTo to, LocalDate on, LawfulBasis basis, String reason) {
    return decide(basis, reason, to, on, () -> store.his(ref), "He has", "His");
  }

  private static Grounds decide(
      LawfulBasis basis,
      String reason,
      ShareTo to,
      LocalDate on,
      java.util.function.Supplier<List<Consent>> consents,
      String subject,
      String possessive) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (basis == null) {
      throw refused(BASIS, "Select the lawful basis for sharing this");
    }
    if (basis == LawfulBasis.LEGITIMATE_INTERESTS && why == null) {
      throw refused(REASON, "Enter why sharing this is in the legitimate interests");
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
      throw refused(
          BASIS,
          subject
              + " not consented to "
              + to.inWords()
              + ": record the consent first, or choose another basis");
    }
    Consent latest = covering.get(0);
    String what = possessive + " consent to " + to.inWords();
    throw refused(
        BASIS,
        switch (latest.on(on)) {
          case WITHDRAWN -> what + " was withdrawn on " + DAY.format(latest.withdrawnOn());
          case EXPIRED -> what + " expired on " + DAY.format(latest.expiresOn());
          default -> what + " was not given until " + DAY.format(latest.givenOn());
        });
  }

  private static InvalidRequestException refused(String field, String message) {
    return new InvalidRequestException(List.of(new FieldProblem(field, message)));
  }
}
