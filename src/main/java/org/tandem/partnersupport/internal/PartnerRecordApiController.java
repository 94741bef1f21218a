package org.tandem.partnersupport.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.access.Roles;
import org.tandem.partnersupport.HerWishes;
import org.tandem.partnersupport.NewContactAttempt;
import org.tandem.partnersupport.NewPartnerDash;
import org.tandem.partnersupport.NewReferralOn;
import org.tandem.partnersupport.NewSafetyPlan;
import org.tandem.partnersupport.NewSupportSession;
import org.tandem.partnersupport.PartnerContactStatus;
import org.tandem.partnersupport.PartnerLetters;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.SharedRiskItem;
import org.tandem.risk.DashScore;

/**
 * Her record through the API, behind the wall: partner-support workers and service managers only;
 * every other role is refused (403) before anything is read.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Partner support")
@SecurityRequirement(name = "bearer")
class PartnerRecordApiController {

  private static final String BASE = "/cases/{reference}/partners/{partnerId}";

  private final PartnerSupport support;
  private final PartnerLetters letters;

  PartnerRecordApiController(PartnerSupport support, PartnerLetters letters) {
    this.support = support;
    this.letters = letters;
  }

  /** A change in where contact with her stands, with the version of her record the caller read. */
  record StatusChange(PartnerContactStatus status, LocalDate changedOn, int version) {}

  /** The date the letter and pack went, with the version the caller read. */
  record LetterSent(LocalDate sentOn, int version) {}

  /** The service's letter template, with the version the caller read. */
  record Template(String body, int version) {}

  @GetMapping(BASE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Her record",
      description =
          "Contact details and wishes, where contact stands with its history, attempts and"
              + " contacts, her DASH, safety plan revisions, referrals on and support sessions."
              + " 403 for every perpetrator-facing role; 404 outside the caller's areas.")
  PartnerRecord record(@PathVariable String reference, @PathVariable long partnerId) {
    return support.record(reference, partnerId);
  }

  @PostMapping(BASE + "/contact-attempts")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Log a proactive attempt to reach her",
      description =
          "attemptedOn and attemptedAt are UK date and time. Refused (400) by a way she asked"
              + " not to be contacted by, or without withinSafeTimes true when she has safe"
              + " contact times. Reaching her makes her contacted and completes earlier prompts"
              + " to contact her.")
  void attempt(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewContactAttempt attempt) {
    support.recordAttempt(reference, partnerId, attempt);
  }

  @PostMapping(BASE + "/status")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Change where contact stands", description = "409 if her record changed.")
  void status(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody StatusChange change) {
    support.changeStatus(
        reference, partnerId, change.status(), change.changedOn(), change.version());
  }

  @PostMapping(BASE + "/letter-sent")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Record the letter and information pack as sent")
  void letterSent(
      @PathVariable String reference, @PathVariable long partnerId, @RequestBody LetterSent sent) {
    letters.letterSent(reference, partnerId, sent.sentOn(), sent.version());
  }

  @GetMapping(value = BASE + "/letter", produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(summary = "Her letter, as a PDF, from the service's template")
  ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable long partnerId) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(letters.letter(reference, partnerId));
  }

  @PutMapping(BASE + "/wishes")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Her wishes, views and consents", description = "409 if her record changed.")
  void wishes(
      @PathVariable String reference, @PathVariable long partnerId, @RequestBody HerWishes wishes) {
    support.updateWishes(reference, partnerId, wishes);
  }

  @PostMapping(BASE + "/dash")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "The DASH checklist completed with her",
      description =
          "answers by indicator number 1 to 24 (YES, NO, NOT_KNOWN). 14 or more yes makes the"
              + " case high risk with a MARAC referral task; the reason names partner support,"
              + " never her score or answers.")
  DashScore dash(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewPartnerDash dash) {
    return support.recordDash(reference, partnerId, dash);
  }

  @PostMapping(BASE + "/safety-plan")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "A new revision of her safety plan",
      description = "basedOn is the revision read (0 for the first); 409 if there is a newer one.")
  void safetyPlan(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewSafetyPlan plan) {
    support.reviseSafetyPlan(reference, partnerId, plan);
  }

  @PostMapping(BASE + "/referrals-on")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "A referral on for her: refuge, IDVA, MARAC, housing, legal protection")
  void referOn(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewReferralOn referral) {
    support.referOn(reference, partnerId, referral);
  }

  @PostMapping(BASE + "/sessions")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "One-to-one or telephone work with her")
  void session(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewSupportSession session) {
    support.recordSession(reference, partnerId, session);
  }

  @PostMapping(BASE + "/risk-items")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Share risk information with the perpetrator worker",
      description =
          "Recorded as a partner report on the family's risk timeline, alerting the allocated"
              + " workers. Refused (400) if it holds her name, phone, email or address.")
  void share(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody SharedRiskItem item) {
    support.shareRiskItem(reference, partnerId, item);
  }

  @GetMapping("/partner-support/letter-template")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(summary = "The service's letter template")
  PartnerLetters.LetterTemplate template() {
    return letters.letterTemplate();
  }

  @PutMapping("/partner-support/letter-template")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Change the service's letter template",
      description = "Only {name}, {worker} and {date} can be filled in; 409 if it changed.")
  void updateTemplate(@RequestBody Template template) {
    letters.updateLetterTemplate(template.body(), template.version());
  }
}
