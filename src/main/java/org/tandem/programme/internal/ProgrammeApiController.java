package org.tandem.programme.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.programme.CaseEnrolment;
import org.tandem.programme.CurriculumSession;
import org.tandem.programme.EnrolmentStatus;
import org.tandem.programme.Enrolments;
import org.tandem.programme.GroupSummary;
import org.tandem.programme.Groups;
import org.tandem.programme.Member;
import org.tandem.programme.NewGroup;
import org.tandem.programme.ProgrammeWords;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/** Groups, their men and curriculum, and a man's places on the programme, for other systems. */
@ApiController(path = "/api/v1", tag = "Group programme")
class ProgrammeApiController {

  private final Groups groups;
  private final Enrolments enrolments;
  private final ProgrammeWords words;

  ProgrammeApiController(Groups groups, Enrolments enrolments, ProgrammeWords words) {
    this.groups = groups;
    this.enrolments = enrolments;
    this.words = words;
  }

  /** A group as listed: when it meets, how full it is, and when it next takes men. */
  record Group(
      long id,
      String areaCode,
      String name,
      @Schema(description = "individual work with one man rather than a group") boolean individual,
      DayOfWeek day,
      LocalTime startsAt,
      String venue,
      String facilitators,
      int capacity,
      @Schema(description = "men attending or suspended") int attending,
      @Schema(description = "men accepted and waiting for their intake") int waiting,
      @Schema(description = "places free for the next intake") int placesFree,
      @Schema(description = "absences without reason in a row that prompt a review")
          int absenceLimit,
      int intakeEveryWeeks,
      LocalDate firstSessionOn,
      LocalDate nextIntakeOn,
      long daysToNextIntake) {

    static Group of(GroupSummary g) {
      return new Group(
          g.id(),
          g.areaCode(),
          g.name(),
          g.individual(),
          g.day(),
          g.startsAt(),
          g.venue(),
          g.facilitators(),
          g.capacity(),
          g.attending(),
          g.waiting(),
          g.placesFree(),
          g.absenceLimit(),
          g.intakeEveryWeeks(),
          g.firstSessionOn(),
          g.nextIntakeOn(),
          g.daysToNextIntake());
    }
  }

  /** A group with the men holding a place in it. */
  record GroupWithMembers(Group group, List<Member> members) {}

  /** A place asked for in a group. */
  record PlaceRequest(
      @Schema(description = "a group in the case's area with a place free") Long groupId,
      @Schema(description = "he needs an interpreter") Boolean withInterpreter,
      @Schema(
              description =
                  "service managers only: why he has a place without a viability decision of"
                      + " suitable; kept in his case's history")
          @Size(max = 300, message = "{programme.problem.reason300}")
          String withoutDecisionBecause) {}

  /** A change of his status. */
  record StatusRequest(
      @Schema(description = "one of the moves his current status allows") EnrolmentStatus status,
      @Schema(description = "why his status changes; partner support is prompted to contact her")
          @Size(max = 500, message = "{programme.problem.reason500}")
          String reason,
      @Schema(description = "the version of his place last read") Integer version) {}

  @GetMapping("/groups")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "The groups in the caller's areas",
      description =
          "By the day and time they meet, with capacity, attending, waiting, places free and the"
              + " next intake point. Individual work is marked individual.")
  List<Group> groups() {
    return groups.groups().stream().map(Group::of).toList();
  }

  @PostCreates("/groups")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  @Operation(
      summary = "Set up a group or individual work",
      description =
          "Perpetrator workers and service managers only. The first session date is the first"
              + " intake point; the day it meets is that date's day. Individual work takes 1 man."
              + " 400 with a problem-details body naming each invalid field.")
  ResponseEntity<Created> create(@RequestBody NewGroup group) {
    long id = groups.create(group);
    return Created.id(id, "/api/v1/groups/{id}", id);
  }

  @GetMapping("/groups/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "One group and its men",
      description =
          "The men still holding a place, with status, risk level, progress through the"
              + " curriculum and unexplained absences in a row. 404 outside the caller's areas.")
  GroupWithMembers group(@PathVariable long id) {
    return new GroupWithMembers(Group.of(groups.group(id)), groups.members(id));
  }

  @GetMapping("/groups/{id}/curriculum")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "The curriculum a group runs, in order, with each session's stage and hours")
  List<CurriculumSession> curriculum(@PathVariable long id) {
    return groups.curriculum(id);
  }

  @GetMapping("/cases/{reference}/programme")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "His places on the programme, newest first",
      description =
          "Each with status, intake date, progress (sessions done and still needed) and version."
              + " 404 outside the caller's areas.")
  List<CaseEnrolment> programme(@PathVariable String reference) {
    return enrolments.forCase(reference);
  }

  @PostCreates("/cases/{reference}/programme")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  @Operation(
      summary = "Give him a place in a group",
      description =
          "He joins at the group's next intake point, waiting until then; his week-12 and"
              + " completion reviews are scheduled. He needs a treatment-viability decision of"
              + " suitable first, unless a service manager gives the reason he has a place"
              + " without one. 400 naming groupId if he has no such decision, the group is full,"
              + " in another area, or he already has a place.")
  ResponseEntity<CaseEnrolment> enrol(
      @PathVariable String reference, @RequestBody PlaceRequest place) {
    if (place.groupId() == null) {
      throw words.invalid("groupId", "programme.problem.selectAGroup");
    }
    long id =
        enrolments.enrol(
            reference,
            place.groupId(),
            Boolean.TRUE.equals(place.withInterpreter()),
            place.withoutDecisionBecause());
    return Created.at("/api/v1/cases/{reference}/programme", placeOf(reference, id), reference);
  }

  @PostMapping("/cases/{reference}/programme/{enrolmentId}/status")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  @Operation(
      summary = "Change his status on the programme",
      description =
          "Waiting may become attending or exited; attending may become suspended, exited or"
              + " completed; suspended may become attending or exited. A reason is required, and"
              + " partner support is prompted to contact his partner. Send the place's version;"
              + " 409 if someone changed it since.")
  CaseEnrolment changeStatus(
      @PathVariable String reference,
      @PathVariable long enrolmentId,
      @RequestBody StatusRequest change) {
    enrolments.changeStatus(
        reference, enrolmentId, change.status(), change.reason(), change.version());
    return placeOf(reference, enrolmentId);
  }

  private CaseEnrolment placeOf(String reference, long enrolmentId) {
    return enrolments.forCase(reference).stream()
        .filter(e -> Objects.equals(e.enrolmentId(), enrolmentId))
        .findFirst()
        .orElseThrow();
  }
}
