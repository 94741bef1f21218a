package org.tandem.access.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The system administrator's page that checks the audit trail is whole. */
@Controller
class AuditChainController {

  private final AuditChain chain;

  AuditChainController(AuditChain chain) {
    this.chain = chain;
  }

  @GetMapping("/admin/audit")
  @PreAuthorize(AuditChain.ADMINISTRATOR)
  String page(@RequestParam(defaultValue = "false") boolean check, Model model) {
    if (check) {
      model.addAttribute("result", chain.verifyRecorded());
    }
    return "access/audit-chain";
  }
}
