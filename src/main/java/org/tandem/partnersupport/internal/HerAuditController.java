package org.tandem.partnersupport.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.partnersupport.HerAuditTrail;
import org.tandem.web.Paging;

/** Who has looked at her record, for a service manager. */
@Controller
class HerAuditController {

  private static final int PAGE_SIZE = 50;

  private final HerAuditTrail trail;

  HerAuditController(HerAuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping(HerRecordPages.BASE + "/audit")
  @PreAuthorize(Roles.MANAGER)
  String audit(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    model.addAttribute("entries", trail.of(reference, partnerId, Paging.numbered(page, PAGE_SIZE)));
    model.addAttribute("reference", reference);
    model.addAttribute("partnerId", partnerId);
    model.addAttribute("pageAddress", "/cases/" + reference + "/partners/" + partnerId + "/audit?");
    return "partnersupport/her-audit";
  }
}
