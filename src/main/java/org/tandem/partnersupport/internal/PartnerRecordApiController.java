package org.tandem.partnersupport.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tandem.access.Roles;
import org.tandem.partnersupport.HerEvaluations;
import org.tandem.partnersupport.HerWishes;
import org.tandem.partnersupport.NewContactAttempt;
import org.tandem.partnersupport.NewHerEvaluation;
import org.tandem.partnersupport.NewPartnerDash;
import org.tandem.partnersupport.NewReferralOn;
import org.tandem.partnersupport.NewSafetyPlan;
import org.tandem.partnersupport.NewSupportSession;
import org.tandem.partnersupport.PartnerContactStatus;
import org.tandem.partnersupport.PartnerLetters;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.SharedRiskItem;
import org.tandem.partnersupport.WomenEvaluations;
import org.tandem.risk.DashScore;
import org.tandem.web.ApiController;
import org.tandem.web.Downloads;
import org.tandem.web.PdfDownload;
import org.tandem.web.PostCreates;

/**
 * Her record and her follow-up evaluations through the API, behind the wall: partner-support
 * workers and service managers only; every other role is refused (403) before anything is read.
 */
@ApiController(path = "/api/v1", tag = "Partner support")
@PreAuthorize(Roles.PARTNER_SUPPORT)
class PartnerRecordApiController {

  private static final String BASE = "/cases/{reference}/partners/{partnerId}";

  private final PartnerSupport support;
  private final PartnerLetters letters;
  private final WomenEvaluations evaluations;

  PartnerRecordApiController(
      PartnerSupport support, PartnerLetters letters, WomenEvaluations evaluations) {
    this.support = support;
    this.letters = letters;
    this.evaluations = evaluations;
  }

  /** A change in where contact with her stands, with the version of her record the caller read. */
  @Schema(name = "NewPartnerStatusChange")
  record StatusChange(PartnerContactStatus status, LocalDate changedOn, int version) {}

  /** The date the letter and pack went, with the version the caller read. */
  record LetterSent(LocalDate sentOn, int version) {}

  /** The service's letter template, with the version the caller read. */
  record Template(
      @Size(max = 10000, message = "{partnersupport.problem.theLetterMustBe10000}") String body,
      int version) {}

  @GetMapping(BASE)
  @Operation(
      summary = "Her record",
      description =
          "Contact details and wishes, where contact stands with its history, attempts and"
              + " contacts, her DASH, safety plan revisions, referrals on and support sessions."
              + " 403 for every perpetrator-facing role; 404 outside the caller's areas.")
  PartnerRecord record(@PathVariable String reference, @PathVariable long partnerId) {
    return support.record(reference, partnerId);
  }

  @PostCreates(BASE + "/contact-attempts")
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
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Record the letter and information pack as sent")
  void letterSent(
      @PathVariable String reference, @PathVariable long partnerId, @RequestBody LetterSent sent) {
    letters.letterSent(reference, partnerId, sent.sentOn(), sent.version());
  }

  @GetMapping(value = BASE + "/letter", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Her letter, as a PDF, from the service's template")
  @PdfDownload("Her letter, kept by no browser or proxy")
  ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable long partnerId) {
    return Downloads.unstoredPdf(letters.letter(reference, partnerId));
  }

  @PutMapping(BASE + "/wishes")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Her wishes, views and consents", description = "409 if her record changed.")
  void wishes(
      @PathVariable String reference, @PathVariable long partnerId, @RequestBody HerWishes wishes) {
    support.updateWishes(reference, partnerId, wishes);
  }

  @PostCreates(BASE + "/dash")
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

  @PostCreates(BASE + "/safety-plan")
  @Operation(
      summary = "A new revision of her safety plan",
      description = "basedOn is the revision read (0 for the first); 409 if there is a newer one.")
  void safetyPlan(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewSafetyPlan plan) {
    support.reviseSafetyPlan(reference, partnerId, plan);
  }

  @PostCreates(BASE + "/referrals-on")
  @Operation(summary = "A referral on for her: refuge, IDVA, MARAC, housing, legal protection")
  void referOn(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewReferralOn referral) {
    support.referOn(reference, partnerId, referral);
  }

  @PostCreates(BASE + "/sessions")
  @Operation(summary = "One-to-one or telephone work with her")
  void session(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewSupportSession session) {
    support.recordSession(reference, partnerId, session);
  }

  @PostCreates(BASE + "/risk-items")
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

  @GetMapping(BASE + "/evaluations")
  @Operation(
      summary = "Her follow-up evaluations",
      description =
          "The date she was first reached, her 3, 6 and 18-month schedule (due date, completed or"
              + " not, task done, overdue) and the evaluations recorded, newest first. 403 for every"
              + " perpetrator-facing role; 404 outside the caller's areas.")
  HerEvaluations list(@PathVariable String reference, @PathVariable long partnerId) {
    return evaluations.evaluations(reference, partnerId);
  }

  @PostCreates(BASE + "/evaluations")
  @Operation(
      summary = "Record a follow-up evaluation completed with her",
      description =
          "point THREE_MONTHS, SIX_MONTHS or EIGHTEEN_MONTHS, once each, dated on or after she was"
              + " first reached. violence, abusiveBehaviour, feelingSafe and qualityOfLife 1 (much"
              + " worse) to 5 (best); childrensSafety 1 to 5 or 0 when she has no children; the six"
              + " Mirabal measures 1 (much worse) to 5 (much better) or 0 when not asked. Completes"
              + " that point's task. Insert-only.")
  void record(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewHerEvaluation evaluation) {
    evaluations.record(reference, partnerId, evaluation);
  }

  @GetMapping("/partner-support/letter-template")
  @Operation(summary = "The service's letter template")
  PartnerLetters.LetterTemplate template() {
    return letters.letterTemplate();
  }

  @PutMapping("/partner-support/letter-template")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Change the service's letter template",
      description = "Only {name}, {worker} and {date} can be filled in; 409 if it changed.")
  void updateTemplate(@RequestBody Template template) {
    letters.updateLetterTemplate(template.body(), template.version());
  }
}
