package org.tandem.programme.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.programme.EntryCorrection;
import org.tandem.programme.HeldSessions;
import org.tandem.programme.ProgrammeWords;
import org.tandem.programme.Register;
import org.tandem.programme.RegisterEntry;
import org.tandem.programme.Registers;
import org.tandem.web.ApiController;

/** Recorded sessions' registers, and corrections of them, for providers' systems. */
@ApiController(path = "/api/v1", tag = "Group sessions and programme reviews")
@PreAuthorize(SessionRoles.FACILITATORS)
class RegisterApiController {

  private final Registers registers;
  private final ProgrammeWords words;

  RegisterApiController(Registers registers, ProgrammeWords words) {
    this.registers = registers;
    this.words = words;
  }

  @GetMapping("/groups/{id}/sessions")
  @Operation(
      summary = "The sessions a group has held, newest first",
      description =
          "Ten to a page: the date, the curriculum session delivered, how many men attended (late"
              + " or on time) of those marked, and how many entries were corrected. A group outside"
              + " the caller's areas is 404.")
  HeldSessions held(
      @PathVariable long id,
      @Parameter(description = "zero-based page number; a page past the last is the last")
          @RequestParam(defaultValue = "0")
          int page) {
    return registers.held(id, page);
  }

  @GetMapping("/groups/{id}/sessions/{sessionId}")
  @Operation(
      summary = "A recorded session's register",
      description =
          "Every man's entry as it counts now, with its version (send it with a correction) and"
              + " its history: the entry as first recorded, by whom and when, then each correction"
              + " with who made it, when and why. A session of another group, or a group outside"
              + " the caller's areas, is 404.")
  Register register(@PathVariable long id, @PathVariable long sessionId) {
    return registers.register(id, sessionId);
  }

  @PutMapping("/groups/{id}/sessions/{sessionId}/attendance/{placeId}")
  @Operation(
      summary = "Correct one man's entry in a recorded session's register",
      description =
          "The whole entry as it should read (mark, absenceReason, disclosed, disclosureDetail,"
              + " blame, minimisation, denial, notes), the reason for the correction and the"
              + " entry's version as read. The entry it replaces is kept in its history; his hours"
              + " and stages count from the corrected entry. A correction that makes this his first"
              + " attendance starts him; a disclosure or an absence without reason it adds is acted"
              + " on as on the night. 400 with a problem-details body naming each invalid field"
              + " (reason when none is given, version when it is left out, mark when nothing"
              + " changes); 409 if someone corrected the entry since the version read. placeId is"
              + " his enrolment's id; a man not in the register is 404.")
  RegisterEntry correct(
      @PathVariable long id,
      @PathVariable long sessionId,
      @PathVariable long placeId,
      @RequestBody EntryCorrection correction) {
    registers.correct(id, sessionId, placeId, correction);
    return registers.register(id, sessionId).entries().stream()
        .filter(e -> e.enrolmentId() == placeId)
        .findFirst()
        .orElseThrow(() -> words.notFound("programme.notFound.notInRegister"));
  }
}
