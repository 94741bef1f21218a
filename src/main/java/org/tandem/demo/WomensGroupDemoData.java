package org.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.access.Areas;
import org.tandem.womensgroups.WomensGroupSessions;
import org.tandem.womensgroups.WomensGroupSessions.Mark;
import org.tandem.womensgroups.WomensGroupSessions.SessionRecord;
import org.tandem.womensgroups.WomensGroups;
import org.tandem.womensgroups.WomensGroups.Candidate;
import org.tandem.womensgroups.WomensGroups.NewGroup;
import org.tandem.womensgroups.WomensGroups.NewMember;

/**
 * An invented women's group in Northmoor, set up by the partner-support worker three weeks ago,
 * with three of the demo women in it and two sessions recorded. The venue is obviously fictional.
 */
@Component
class WomensGroupDemoData {

  private final WomensGroups groups;
  private final WomensGroupSessions sessions;
  private final Areas areas;
  private final UserDetailsService users;

  WomensGroupDemoData(
      WomensGroups groups, WomensGroupSessions sessions, Areas areas, UserDetailsService users) {
    this.groups = groups;
    this.sessions = sessions;
    this.areas = areas;
    this.users = users;
  }

  /** Loads the group acting as the partner-support worker; the caller clears the sign-in. */
  void load(LocalDate today) {
    actingAs("partner.support");
    long northmoor = areas.byCode("NMR").orElseThrow().id();
    LocalDate startsOn = today.minusWeeks(3);
    long group =
        groups.create(
            new NewGroup(
                northmoor,
                "Northmoor women's group",
                "Invented Family Centre, 12 Make-Believe Mews, Fictionton",
                "Thursdays 10:00 to 12:00",
                startsOn,
                10));
    List<Candidate> women = groups.candidates(group, 0, 3).items();
    for (Candidate woman : women) {
      groups.addMember(group, new NewMember(woman.partnerId(), startsOn));
    }
    sessions.recordSession(
        group, session(today.minusWeeks(2), "Understanding coercive control", women, -1));
    sessions.recordSession(
        group, session(today.minusWeeks(1), "Safety planning together", women, 1));
  }

  /** Everyone attended but the woman at {@code absent} (none if -1). */
  private static SessionRecord session(
      LocalDate heldOn, String topic, List<Candidate> women, int absent) {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < women.size(); i++) {
      boolean attended = i != absent;
      marks.add(
          new Mark(
              women.get(i).partnerId(), attended, attended ? null : "Invented: her child was ill"));
    }
    return new SessionRecord(heldOn, topic, null, marks, null);
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
