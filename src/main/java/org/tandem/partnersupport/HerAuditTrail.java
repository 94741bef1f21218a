package org.tandem.partnersupport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.AuditTrail;
import org.tandem.access.WallPass;
import org.tandem.partnersupport.internal.PartnerRecordStore;
import org.tandem.web.Paging;

/**
 * Who has looked at her record: for a service manager, every read and write of her record on a
 * case, newest first. Reading the list is itself audited, and so shows in the list.
 */
@Service
public class HerAuditTrail {

  private final PartnerSupport support;
  private final PartnerRecordStore store;
  private final AuditTrail trail;
  private final AuditLog audit;
  private final PartnerWords words;

  HerAuditTrail(
      PartnerSupport support,
      PartnerRecordStore store,
      AuditTrail trail,
      AuditLog audit,
      PartnerWords words) {
    this.words = words;
    this.support = support;
    this.store = store;
    this.trail = trail;
    this.audit = audit;
  }

  @Transactional
  public AuditTrail.Page of(String reference, long partnerId, Paging paging) {
    WallPass pass = support.behindTheWall(reference);
    // Not found unless she is a partner on this case.
    HerOnTheCase her = HerOnTheCase.open(store, pass, partnerId, words::noSuchPartner);
    audit.record(Action.READ, "partner record audit trail", her.ref());
    return trail.forHerRecord(her.ref().referralId(), AuditTrail.Filter.none(), paging);
  }
}
