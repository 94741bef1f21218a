package org.tandem.partnersupport;

import java.util.function.Function;
import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;
import org.tandem.partnersupport.internal.PartnerRecordStore;
import org.tandem.partnersupport.internal.PartnerRecordStore.Her;
import org.tandem.web.NotFoundException;

/** Her, opened through the wall on her case: the case, the pass and her row on it. */
record HerOnTheCase(CaseRef ref, WallPass pass, Her her) {

  /**
   * Refused as not found when she is not a partner on this case, in the words {@code noSuchPartner}
   * says for the case's reference.
   */
  static HerOnTheCase open(
      PartnerRecordStore store,
      WallPass pass,
      long partnerId,
      Function<String, String> noSuchPartner) {
    CaseRef ref = pass.caseRef();
    Her her =
        store
            .her(pass, partnerId)
            .orElseThrow(() -> new NotFoundException(noSuchPartner.apply(ref.reference())));
    return new HerOnTheCase(ref, pass, her);
  }
}
