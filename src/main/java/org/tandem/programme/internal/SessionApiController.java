package org.tandem.programme.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.GroupSessions;
import org.tandem.programme.NewGroupSession;
import org.tandem.programme.ProgrammeReviewDue;
import org.tandem.programme.ProgrammeReviews;
import org.tandem.programme.SessionSheet;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/** Group sessions and programme reviews for providers' systems. */
@ApiController(path = "/api/v1", tag = "Group sessions and programme reviews")
@PreAuthorize(SessionRoles.FACILITATORS)
class SessionApiController {

  private final GroupSessions sessions;
  private final ProgrammeReviews reviews;
  private final ServiceClock clock;

  SessionApiController(GroupSessions sessions, ProgrammeReviews reviews, ServiceClock clock) {
    this.sessions = sessions;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** The id of a newly recorded session. */
  record Recorded(long id, long groupId, LocalDate heldOn) {}

  /** A programme review held: when, what it decided, and the version read. */
  record ReviewHeld(
      LocalDate heldOn,
      @Size(max = 4000, message = "{programme.problem.outcome4000}") String outcome,
      Integer version) {}

  /** The review once recorded. */
  record ReviewRecorded(long id, LocalDate heldOn) {}

  @GetMapping("/groups/{id}/sessions/sheet")
  @Operation(
      summary = "The session sheet for a group on a date",
      description =
          "The men expected (their intake has come and they are not suspended) with status, risk"
              + " level, progress and what to watch for; the curriculum session due next; the"
              + " curriculum; and whether a session on the date is already recorded. A group outside"
              + " the caller's areas is 404.")
  SessionSheet sheet(
      @PathVariable long id,
      @Parameter(description = "the date of the session, YYYY-MM-DD; today if left out")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date) {
    return sessions.sheet(id, date == null ? clock.today() : date);
  }

  @PostCreates("/groups/{id}/sessions")
  @Operation(
      summary = "Record a group session with every man's mark",
      description =
          "In one transaction: a man's first attendance starts him; a disclosure goes on the"
              + " family's risk timeline and alerts the case's workers, partner support included; a"
              + " session missed without reason is put on the timeline; absences without reason"
              + " reaching the group's limit open an absences review. 400 with a problem-details body"
              + " naming each invalid field as a property path, e.g. marks[2].disclosureDetail, and"
              + " heldOn when a session on that date is already recorded; nothing is saved then."
              + " A group outside the caller's areas is 404.")
  ResponseEntity<Recorded> record(@PathVariable long id, @RequestBody NewGroupSession session) {
    long sessionId = sessions.record(id, session);
    return Created.at(
        "/api/v1/groups/{id}/sessions/{sessionId}",
        new Recorded(sessionId, id, session.heldOn()),
        id,
        sessionId);
  }

  @GetMapping("/programme/reviews")
  @Operation(
      summary = "Programme reviews due in the caller's areas, soonest first",
      description =
          "Week-12 and completion reviews from a fortnight before they are due; absences reviews at"
              + " once.")
  List<ProgrammeReviewDue> reviews() {
    return reviews.due();
  }

  @PostMapping("/programme/reviews/{id}")
  @Operation(
      summary = "Record that a programme review was held and what it decided",
      description =
          "Send the review's version as read; 409 if it was recorded or changed since. 400 naming"
              + " heldOn or outcome. A review outside the caller's areas is 404.")
  ReviewRecorded recordReview(@PathVariable long id, @RequestBody ReviewHeld held) {
    reviews.record(id, held.heldOn(), held.outcome(), held.version());
    return new ReviewRecorded(id, held.heldOn());
  }
}
