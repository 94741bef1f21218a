package org.tandem.children.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.children.CaseChildren;
import org.tandem.children.ChildWork;
import org.tandem.children.ChildrensWork;
import org.tandem.children.NewChildSession;
import org.tandem.children.NewLadderReading;
import org.tandem.children.NewStatusChange;
import org.tandem.children.SessionPage;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/** Children's work on a case: protection status over time, sessions and the safety ladder. */
@ApiController(path = "/api/v1/cases/{reference}/children", tag = "Children's work")
@PreAuthorize(Roles.CHILDREN_WORK)
class ChildrenApiController {

  private final ChildrensWork work;

  ChildrenApiController(ChildrensWork work) {
    this.work = work;
  }

  @GetMapping
  @Operation(
      summary = "Every child on the case, with the children's work done with each",
      description =
          "Current protection status and its history (newest first, ending with the status at"
              + " referral), the safety ladder (latest before reading, latest after reading that"
              + " follows it, the change, every reading newest first) and the most recent"
              + " sessions with the total. For children's workers, partner-support workers and"
              + " managers; a case outside the caller's areas is 404.")
  CaseChildren children(@PathVariable String reference) {
    return work.overview(reference);
  }

  @GetMapping("/{childId}/sessions")
  @Operation(
      summary = "A page of one child's sessions, newest first",
      description = "A child not on this case is 404.")
  SessionPage sessions(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return work.sessions(reference, childId, page, size);
  }

  @PostCreates("/{childId}/protection-status")
  @Operation(
      summary = "Record a change in a child's protection status",
      description =
          "The new status, the date it changed (today or earlier, not before the referral or the"
              + " last change) and the child's version as read; 409 if the status changed since."
              + " 400 with a problem-details body naming each invalid field; a child not on this"
              + " case is 404.")
  ResponseEntity<ChildWork> changeStatus(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestBody NewStatusChange change) {
    return created(reference, work.changeProtectionStatus(reference, childId, change));
  }

  @PostCreates("/{childId}/sessions")
  @Operation(
      summary = "Record a session with a child",
      description =
          "Date (today or earlier), length in minutes (1 to 600), kind and wellbeing notes (up to"
              + " 4000 characters; about the child, never the mother's location, contact details"
              + " or words). 400 naming each invalid field; a child not on this case is 404.")
  ResponseEntity<ChildWork> recordSession(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestBody NewChildSession session) {
    return created(reference, work.recordSession(reference, childId, session));
  }

  @PostCreates("/{childId}/safety-ladder")
  @Operation(
      summary = "Record a reading on the child's safety ladder",
      description =
          "Stage BEFORE or AFTER, the date (today or earlier) and the child's rating from 1 to 10."
              + " An AFTER reading needs a BEFORE reading on or before its date. 400 naming each"
              + " invalid field; a child not on this case is 404.")
  ResponseEntity<ChildWork> recordReading(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestBody NewLadderReading reading) {
    return created(reference, work.recordLadderReading(reference, childId, reading));
  }

  private static ResponseEntity<ChildWork> created(String reference, ChildWork child) {
    return Created.at("/api/v1/cases/{reference}/children", child, reference);
  }
}
