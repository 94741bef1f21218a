package org.tandem.consent.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tandem.access.Roles;
import org.tandem.consent.Consent;
import org.tandem.consent.ConsentWithdrawal;
import org.tandem.consent.Consents;
import org.tandem.consent.NewConsent;
import org.tandem.consent.NewSharing;
import org.tandem.consent.Sharing;
import org.tandem.consent.Sharings;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/**
 * Consents through the API: hers under her record, for partner support and managers only (403 for
 * every other role, before anything is read); his on his case, for anyone who works with it.
 */
@ApiController(path = "/api/v1", tag = "Consents")
class ConsentApiController {

  private static final String HERS = "/cases/{reference}/partners/{partnerId}/consents";
  private static final String HIS = "/cases/{reference}/consents";
  private static final String SCOPE =
      " scope: what it covers; for her REFUGE, IDVA, MARAC, HOUSING, LEGAL_PROTECTION,"
          + " OTHER_SERVICES, CHILDRENS_SERVICES; for him MARAC, OTHER_SERVICES,"
          + " CHILDRENS_SERVICES, REPORTS_TO_REFERRER. givenOn today or earlier; expiresOn, the"
          + " last day it stands, on or after givenOn; agencies optional.";
  private static final String WITHDRAW =
      "withdrawnOn today or earlier, how IN_PERSON, BY_PHONE, IN_WRITING or"
          + " THROUGH_ANOTHER_AGENCY, version the consent's version as read: 409 if it changed or"
          + " was withdrawn already. Sharings already made stay; every later sharing that relied"
          + " on it is refused.";

  private final Consents consents;
  private final Sharings sharings;

  ConsentApiController(Consents consents, Sharings sharings) {
    this.consents = consents;
    this.sharings = sharings;
  }

  @GetMapping("/cases/{reference}/sharings")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Information shared out of the service from his case",
      description =
          "Reports to his referrer, MARAC, children's services: each with its lawful basis, and on"
              + " consent the consent's date and, if withdrawn since, when. Newest first.")
  List<Sharing> sharings(@PathVariable String reference) {
    return sharings.list(reference);
  }

  @PostCreates("/cases/{reference}/sharings")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Record information shared out of the service from his case",
      description =
          "kind REPORTS_TO_REFERRER, MARAC, CHILDRENS_SERVICES or OTHER_SERVICES; sharedOn today"
              + " or earlier; recipient and what required. basis CONSENT (his recorded consent must"
              + " cover the kind and stand on sharedOn), CHILD_PROTECTION, CRIME_AND_DISORDER,"
              + " VITAL_INTERESTS or LEGITIMATE_INTERESTS (basisReason required). Refused (400)"
              + " beside basis or basisReason, saying why, when it has no basis that stands.")
  ResponseEntity<Created> recordSharing(
      @PathVariable String reference, @RequestBody NewSharing sharing) {
    long id = sharings.record(reference, sharing);
    return Created.id(id, "/api/v1/cases/{reference}/sharings", reference);
  }

  @GetMapping(HERS)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Her consents to sharing, with their history",
      description = "Newest given first. 403 for every perpetrator-facing role.")
  List<Consent> hers(@PathVariable String reference, @PathVariable long partnerId) {
    return consents.hers(reference, partnerId);
  }

  @PostCreates(HERS)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(summary = "Record her consent to sharing", description = SCOPE)
  ResponseEntity<Created> recordHers(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewConsent consent) {
    long id = consents.recordHers(reference, partnerId, consent);
    return Created.id(id, "/api/v1" + HERS, reference, partnerId);
  }

  @PostMapping(HERS + "/{id}/withdrawal")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Record that she withdrew a consent", description = WITHDRAW)
  void withdrawHers(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @PathVariable long id,
      @RequestBody ConsentWithdrawal withdrawal) {
    consents.withdrawHers(reference, partnerId, id, withdrawal);
  }

  @GetMapping(HIS)
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "His consents to sharing, with their history")
  List<Consent> his(@PathVariable String reference) {
    return consents.his(reference);
  }

  @PostCreates(HIS)
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "Record his consent to sharing", description = SCOPE)
  ResponseEntity<Created> recordHis(
      @PathVariable String reference, @RequestBody NewConsent consent) {
    long id = consents.recordHis(reference, consent);
    return Created.id(id, "/api/v1" + HIS, reference);
  }

  @PostMapping(HIS + "/{id}/withdrawal")
  @PreAuthorize(Roles.CASE_WORKERS)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Record that he withdrew a consent", description = WITHDRAW)
  void withdrawHis(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestBody ConsentWithdrawal withdrawal) {
    consents.withdrawHis(reference, id, withdrawal);
  }
}
