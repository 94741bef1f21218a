package org.tandem.programme.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.programme.Curricula;
import org.tandem.programme.CurriculumDetail;
import org.tandem.programme.CurriculumSession;
import org.tandem.programme.CurriculumSessionDetails;
import org.tandem.programme.CurriculumSummary;
import org.tandem.programme.NewCurriculum;
import org.tandem.programme.ProgrammeWords;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/** The service's curricula and their sessions, for other systems. */
@ApiController(path = "/api/v1/curricula", tag = "Curricula")
class CurriculumApiController {

  private final Curricula curricula;
  private final ProgrammeWords words;

  CurriculumApiController(Curricula curricula, ProgrammeWords words) {
    this.curricula = curricula;
    this.words = words;
  }

  @GetMapping
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "The service's curricula",
      description =
          "The default first, each with its session count, total hours and hours in stage 1"
              + " (violence prevention).")
  List<CurriculumSummary> curricula() {
    return curricula.curricula();
  }

  @GetMapping("/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "One curriculum with its sessions in order",
      description =
          "Each session with its position, module, title, stage (1 or 2) and hours; the totals;"
              + " how many groups run it; and the sessions groups have delivered, which cannot be"
              + " removed nor their stage or hours changed. 404 if there is no such curriculum.")
  CurriculumDetail curriculum(@PathVariable long id) {
    return curricula.curriculum(id);
  }

  @PostCreates
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Start a new curriculum by copying one",
      description =
          "Service managers only. Copies the sessions of fromId under the new name. 400 naming"
              + " fromId if there is no such curriculum, or name if it is blank or taken.")
  ResponseEntity<CurriculumDetail> copy(@RequestBody NewCurriculum curriculum) {
    long id = curricula.copy(curriculum);
    return Created.at("/api/v1/curricula/{id}", curricula.curriculum(id), id);
  }

  @PostMapping("/{id}/default")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Make a curriculum the default",
      description = "Service managers only. New groups use the default unless given another.")
  CurriculumDetail makeDefault(@PathVariable long id) {
    curricula.makeDefault(id);
    return curricula.curriculum(id);
  }

  @PostCreates("/{id}/sessions")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Add a session to a curriculum",
      description =
          "Service managers only. At the end, or at the position given (later sessions move down"
              + " one). Stage is 1 or 2; hours from 0.25 to 8. 400 naming each invalid field.")
  ResponseEntity<CurriculumSession> addSession(
      @PathVariable long id, @RequestBody CurriculumSessionDetails session) {
    long sessionId = curricula.addSession(id, session);
    return Created.at(
        "/api/v1/curricula/{id}/sessions/{sessionId}", sessionOf(id, sessionId), id, sessionId);
  }

  @PutMapping("/{id}/sessions/{sessionId}")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Change a session, and move it if a position is given",
      description =
          "Service managers only. Positions stay numbered from 1 without gaps. A session a group"
              + " has delivered keeps its stage and hours, as men's recorded progress depends on"
              + " them: 400 naming stage or hours if they change.")
  CurriculumSession editSession(
      @PathVariable long id,
      @PathVariable long sessionId,
      @RequestBody CurriculumSessionDetails session) {
    curricula.editSession(id, sessionId, session);
    return sessionOf(id, sessionId);
  }

  @DeleteMapping("/{id}/sessions/{sessionId}")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Remove a session",
      description =
          "Service managers only. Later sessions move up one. 400 naming sessionId if a group has"
              + " delivered it.")
  ResponseEntity<Void> removeSession(@PathVariable long id, @PathVariable long sessionId) {
    curricula.removeSession(id, sessionId);
    return ResponseEntity.noContent().build();
  }

  private CurriculumSession sessionOf(long id, long sessionId) {
    return curricula.curriculum(id).sessions().stream()
        .filter(s -> s.id() == sessionId)
        .findFirst()
        .orElseThrow(() -> words.notFound("programme.notFound.curriculumSession"));
  }
}
