package org.tandem.referrer.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.assessment.ReportKind;
import org.tandem.referral.OnlineReferrals;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.Downloads;
import org.tandem.web.Paging;
import org.tandem.web.PostCreates;
import tools.jackson.databind.JsonNode;

/**
 * A referrer's referrals for their agency's own systems: the referrals they or their agency made,
 * making one, and the reports released to them. Any other case is 404, as if it did not exist.
 */
@ApiController(path = "/api/v1/referrer/referrals", tag = "Referrers")
class ReferrerApiController {

  private final YourReferrals referrals;
  private final OnlineReferrals online;
  private final ReferralBody bodies;

  ReferrerApiController(YourReferrals referrals, OnlineReferrals online, ReferralBody bodies) {
    this.referrals = referrals;
    this.online = online;
    this.bodies = bodies;
  }

  /** A released report: what it is, when, and where to download it. */
  record Report(long id, ReportKind kind, OffsetDateTime releasedAt, String pdf) {}

  /** A referral as its referrer sees it: nothing of hers, the children only as a count. */
  record Referral(
      String reference,
      String manName,
      String status,
      LocalDate receivedOn,
      LocalDate triagedOn,
      LocalDate assessedOn,
      LocalDate programmeStartedOn,
      LocalDate completedOrClosedOn,
      int children,
      String referredBy,
      List<Report> reports,
      boolean evaluationReturned) {}

  /** A page of referrals, newest first; page counts from 0. */
  @Schema(name = "ReferrerReferralsPage")
  record Page(List<Referral> items, int page, int size, long total) {}

  @GetMapping
  @PreAuthorize(Roles.REFERRER)
  @Operation(summary = "A page of the referrals you or your organisation made, newest first")
  Page list(Paging paging) {
    YourReferrals.Page page = referrals.list(paging);
    return new Page(
        page.items().stream().map(ReferrerApiController::referral).toList(),
        page.page(),
        page.size(),
        page.total());
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Roles.REFERRER)
  @Operation(
      summary = "One of your organisation's referrals",
      description = "404 for any other case, including another organisation's.")
  Referral one(@PathVariable String reference) {
    return referral(referrals.one(reference));
  }

  @PostCreates
  @PreAuthorize(Roles.REFERRER)
  @Operation(
      summary = "Make a referral",
      description =
          "Intake's referral rules, without who referred: the referral goes to the area you were"
              + " invited to refer to, from your organisation, with your name and email address as"
              + " the referrer's, all from your account. A body with a field the schema does not"
              + " list (areaId, referralSource, referrerName… included) is refused. 400 with a"
              + " problem-details body naming each field that is not one, or is invalid.")
  ResponseEntity<Referral> create(
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = ReferrerReferral.class)))
          @RequestBody
          JsonNode body) {
    // Read here rather than bound, so a field it does not have is refused rather than dropped.
    String reference = online.refer(bodies.read(body).withoutWhoReferred());
    return Created.at(
        "/api/v1/referrer/referrals/{reference}", referral(referrals.one(reference)), reference);
  }

  @GetMapping(
      path = "/{reference}/reports/{id}/pdf",
      produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @PreAuthorize(Roles.REFERRER)
  @Operation(summary = "A report released to you, as the PDF you were given")
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable long id) {
    ReferralListStore.File file = referrals.pdf(reference, id);
    return Downloads.attachment(file.pdf(), MediaType.APPLICATION_PDF, file.name());
  }

  private static Referral referral(YourReferrals.Item item) {
    ReferralListStore.Row r = item.referral();
    return new Referral(
        r.reference(),
        r.manName(),
        r.status(),
        r.referredOn(),
        r.triagedOn(),
        r.assessedOn(),
        r.startedOn(),
        r.endedOn(),
        r.children(),
        r.referredBy(),
        item.reports().stream()
            .map(
                p ->
                    new Report(
                        p.reportId(),
                        p.kind(),
                        p.releasedAt(),
                        "/api/v1/referrer/referrals/"
                            + r.reference()
                            + "/reports/"
                            + p.reportId()
                            + "/pdf"))
            .toList(),
        item.evaluationReturned());
  }
}
