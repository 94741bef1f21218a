package org.tandem.womensgroups.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.Paging;
import org.tandem.web.PostCreates;
import org.tandem.womensgroups.WomensGroupSessions;
import org.tandem.womensgroups.WomensGroupSessions.Session;
import org.tandem.womensgroups.WomensGroupSessions.SessionDetail;
import org.tandem.womensgroups.WomensGroupSessions.SessionRecord;
import org.tandem.womensgroups.WomensGroups;
import org.tandem.womensgroups.WomensGroups.Candidate;
import org.tandem.womensgroups.WomensGroups.Group;
import org.tandem.womensgroups.WomensGroups.Member;
import org.tandem.womensgroups.WomensGroups.NewGroup;
import org.tandem.womensgroups.WomensGroups.NewMember;
import org.tandem.womensgroups.WomensGroups.Page;

/**
 * The structured women's group for providers' systems. Behind the wall: partner support and
 * managers only; a group outside the caller's areas is 404.
 */
@ApiController(path = "/api/v1/womens-groups", tag = "Women's groups (behind the wall)")
@PreAuthorize(Roles.PARTNER_SUPPORT)
class WomensGroupApiController {

  private static final String GROUP = "/api/v1/womens-groups/{id}";

  private final WomensGroups groups;
  private final WomensGroupSessions sessions;

  WomensGroupApiController(WomensGroups groups, WomensGroupSessions sessions) {
    this.groups = groups;
    this.sessions = sessions;
  }

  /** A group with the women in it and a page of its sessions, newest first. */
  record GroupDetail(Group group, List<Member> members, Page<Session> sessions) {}

  @GetMapping
  @Operation(
      summary = "A page of the women's groups in the caller's areas",
      description = "With how many women each holds, places free, and the next weekly meeting.")
  Page<Group> list(Paging paging) {
    return groups.groups(paging.page(), paging.size());
  }

  @PostCreates
  @Operation(
      summary = "Set up a women's group",
      description =
          "400 with a problem-details body naming each invalid field: areaId (must be one of the"
              + " caller's areas), name, venue, meets, startsOn, capacity (1 to 30).")
  ResponseEntity<Created> create(@RequestBody NewGroup group) {
    long id = groups.create(group);
    return Created.id(id, GROUP, id);
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A women's group, the women in it and a page of its sessions",
      description = "Each woman listed is an audited read of her case.")
  GroupDetail group(
      @PathVariable long id,
      @Parameter(description = "zero-based page of sessions, newest first")
          @RequestParam(defaultValue = "0")
          int sessionsPage,
      @Parameter(description = "sessions per page, at most 100") @RequestParam(defaultValue = "25")
          int sessionsSize) {
    return new GroupDetail(
        groups.group(id), groups.members(id), sessions.sessions(id, sessionsPage, sessionsSize));
  }

  @GetMapping("/{id}/candidates")
  @Operation(
      summary = "Women who could join the group",
      description =
          "Partners and ex-partners on cases in the group's area, not already in it, who have not"
              + " declined contact; by name.")
  Page<Candidate> candidates(@PathVariable long id, Paging paging) {
    return groups.candidates(id, paging.page(), paging.size());
  }

  @PostCreates("/{id}/members")
  @Operation(
      summary = "Add a woman to the group",
      description =
          "partnerId must be one of the group's candidates and the group must have a place free;"
              + " otherwise 400 naming partnerId. joinedOn is today if left out.")
  ResponseEntity<Void> addMember(@PathVariable long id, @RequestBody NewMember member) {
    groups.addMember(id, member);
    return Created.noBody(GROUP, id);
  }

  @PostCreates("/{id}/sessions")
  @Operation(
      summary = "Record a session with its attendance register",
      description =
          "Every woman in the group must be in attendance, attended true or false (with an"
              + " optional absenceReason). 400 naming each invalid field, e.g. heldOn (today or"
              + " earlier, not before the group started, not a date already recorded),"
              + " attendance[1].attended; nothing is saved then.")
  ResponseEntity<Created> recordSession(@PathVariable long id, @RequestBody SessionRecord session) {
    long sessionId = sessions.recordSession(id, session);
    return Created.id(sessionId, GROUP + "/sessions/{sessionId}", id, sessionId);
  }

  @GetMapping("/{id}/sessions/{sessionId}")
  @Operation(summary = "A session with its register and version")
  SessionDetail session(@PathVariable long id, @PathVariable long sessionId) {
    return sessions.session(id, sessionId);
  }

  @PutMapping("/{id}/sessions/{sessionId}")
  @Operation(
      summary = "Change a session and its register",
      description =
          "Send the version as read; 409 if someone changed the session since, and nothing is"
              + " saved.")
  SessionDetail updateSession(
      @PathVariable long id, @PathVariable long sessionId, @RequestBody SessionRecord session) {
    sessions.updateSession(id, sessionId, session);
    return sessions.session(id, sessionId);
  }
}
