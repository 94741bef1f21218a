package org.tandem.notes.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.notes.CaseNotes;
import org.tandem.notes.CaseloadNotes;
import org.tandem.notes.HerNotes;
import org.tandem.notes.NewNote;
import org.tandem.notes.Note;
import org.tandem.notes.NoteCorrection;
import org.tandem.notes.NotePage;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.Paging;
import org.tandem.web.PostCreates;

/**
 * Case notes through the API: his, for anyone who works with the case; hers, under her record, for
 * partner support and managers only (403 for every other role, before anything is read).
 */
@ApiController(path = "/api/v1", tag = "Case notes")
class NotesApiController {

  private static final String HIS = "/cases/{reference}/notes";
  private static final String HERS = "/cases/{reference}/partners/{partnerId}/notes";

  private final CaseNotes his;
  private final HerNotes hers;
  private final CaseloadNotes caseload;

  NotesApiController(CaseNotes his, HerNotes hers, CaseloadNotes caseload) {
    this.caseload = caseload;
    this.his = his;
    this.hers = hers;
  }

  @GetMapping("/notes")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Notes on his cases across the caller's areas",
      description =
          "Notes whose text, now or before a correction, contains q (at least 2 characters), newest"
              + " first, on every case in the areas the caller covers. Her notes are not searched.")
  CaseloadNotes.Found search(@RequestParam(required = false) String q, Paging paging) {
    return caseload.search(q, paging);
  }

  @GetMapping("/partner-notes")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Partner-support notes across the caller's areas",
      description =
          "Notes on her record whose text, now or before a correction, contains q (at least 2"
              + " characters), newest first, in every area the caller covers: for partner support"
              + " and managers only.")
  CaseloadNotes.Found searchHers(@RequestParam(required = false) String q, Paging paging) {
    return caseload.searchHers(q, paging);
  }

  @GetMapping(HIS)
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Notes on his case",
      description =
          "Newest first, each with its current text, the original and every correction. q finds"
              + " notes whose text (now or before a correction) contains it, case aside.")
  NotePage notes(
      @PathVariable String reference, Paging paging, @RequestParam(required = false) String q) {
    return his.notes(reference, paging, q);
  }

  @GetMapping(HIS + "/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "One note on his case, with its history")
  Note note(@PathVariable String reference, @PathVariable long id) {
    return his.note(reference, id);
  }

  @PostCreates(HIS)
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Record a note on his case",
      description =
          "kind CONTACT, THIRD_PARTY, SUPERVISION or MANAGER (a service manager's only);"
              + " happenedOn today or earlier; restricted marks a note to be reviewed before any"
              + " disclosure. Contact and third-party notes that are not restricted appear on the"
              + " family's timeline.")
  ResponseEntity<Created> add(@PathVariable String reference, @RequestBody NewNote note) {
    long id = his.add(reference, note);
    return Created.id(id, "/api/v1" + HIS + "/{id}", reference, id);
  }

  @PostCreates(HIS + "/{id}/corrections")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Correct a note on his case",
      description =
          "The original is kept: the correction is added with who, when and why; answers the note. basedOn is the"
              + " revision read (0 for a note never corrected); 409 if it has been corrected since.")
  ResponseEntity<Note> correct(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestBody NoteCorrection correction) {
    his.correct(reference, id, correction);
    return Created.at("/api/v1" + HIS + "/{id}", his.note(reference, id), reference, id);
  }

  @GetMapping(HERS)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Partner-support notes on her record",
      description =
          "Behind the wall: 403 for every perpetrator-facing role; 404 outside the caller's areas."
              + " Newest first with their history; q searches them.")
  NotePage herNotes(
      @PathVariable String reference,
      @PathVariable long partnerId,
      Paging paging,
      @RequestParam(required = false) String q) {
    return hers.notes(reference, partnerId, paging, q);
  }

  @GetMapping(HERS + "/{id}")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(summary = "One partner-support note on her record, with its history")
  Note herNote(
      @PathVariable String reference, @PathVariable long partnerId, @PathVariable long id) {
    return hers.note(reference, partnerId, id);
  }

  @PostCreates(HERS)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Record a partner-support note on her record",
      description =
          "happenedOn today or earlier; leave out kind. Never shown on the family's timeline.")
  ResponseEntity<Created> addHers(
      @PathVariable String reference, @PathVariable long partnerId, @RequestBody NewNote note) {
    long id = hers.add(reference, partnerId, note);
    return Created.id(id, "/api/v1" + HERS + "/{id}", reference, partnerId, id);
  }

  @PostCreates(HERS + "/{id}/corrections")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Correct a partner-support note",
      description = "As for his notes: the original is kept; 409 if corrected since basedOn.")
  ResponseEntity<Note> correctHers(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @PathVariable long id,
      @RequestBody NoteCorrection correction) {
    hers.correct(reference, partnerId, id, correction);
    return Created.at(
        "/api/v1" + HERS + "/{id}", hers.note(reference, partnerId, id), reference, partnerId, id);
  }
}
