package org.tandem.partnersupport;

import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;
import org.tandem.partnersupport.internal.PartnerRecordStore;
import org.tandem.partnersupport.internal.PartnerRecordStore.Her;
import org.tandem.web.NotFoundException;

/** Her, opened through the wall on her case: the case, the pass and her row on it. */
record HerOnTheCase(CaseRef ref, WallPass pass, Her her) {

  /** Refused as not found when she is not a partner on this case. */
  static HerOnTheCase open(PartnerRecordStore store, WallPass pass, long partnerId) {
    CaseRef ref = pass.caseRef();
    Her her =
        store
            .her(pass, partnerId)
            .orElseThrow(() -> new NotFoundException("No such partner on " + ref.reference()));
    return new HerOnTheCase(ref, pass, her);
  }
}
