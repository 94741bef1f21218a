package org.tandem.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.web.ApiController;

/** Checking the audit trail's hash chain, for a monitoring job of the system administrator's. */
@ApiController(path = "/api/v1/audit", tag = "Audit")
class AuditChainApiController {

  private final AuditChain chain;

  AuditChainApiController(AuditChain chain) {
    this.chain = chain;
  }

  @GetMapping("/verify")
  @PreAuthorize(AuditChain.ADMINISTRATOR)
  @Operation(
      summary = "Check the audit trail's hash chain",
      description =
          "Seals the entries waiting to be sealed, then walks the whole chain: intact with the"
              + " number of entries checked and the last link's hash (kept elsewhere, it shows a"
              + " chain rewritten from the start), or the first entry where it breaks and how.")
  AuditChain.Verification verify() {
    return chain.verifyRecorded();
  }
}
