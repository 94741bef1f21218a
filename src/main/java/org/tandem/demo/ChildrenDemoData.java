package org.tandem.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.children.ChildSessionKind;
import org.tandem.children.ChildWork;
import org.tandem.children.ChildrensWork;
import org.tandem.children.LadderStage;
import org.tandem.children.NewChildSession;
import org.tandem.children.NewLadderReading;
import org.tandem.children.NewStatusChange;
import org.tandem.referral.ProtectionStatus;

/**
 * Invented children's work for the demo: for three Northmoor cases with children, the children's
 * worker records a change in one child's protection status, a couple of sessions, and the child's
 * safety ladder before and after. Every note is made up.
 */
@Component
class ChildrenDemoData {

  private final ChildrensWork work;
  private final UserDetailsService users;

  ChildrenDemoData(ChildrensWork work, UserDetailsService users) {
    this.work = work;
    this.users = users;
  }

  /** Records the work as the children's worker, then acts again as whoever called. */
  void load(List<String> northmoorCases, LocalDate today) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    UserDetails worker = users.loadUserByUsername("childrens.worker");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                worker, null, worker.getAuthorities()));
    try {
      int done = 0;
      for (int i = 6; i < northmoorCases.size() && done < 3; i++) {
        String reference = northmoorCases.get(i);
        List<ChildWork> children = work.overview(reference).children();
        if (!children.isEmpty()) {
          record(reference, children.get(0), today, done);
          done++;
        }
      }
    } finally {
      SecurityContextHolder.getContext().setAuthentication(caller);
    }
  }

  private void record(String reference, ChildWork child, LocalDate today, int n) {
    ProtectionStatus next =
        child.protectionStatus() == ProtectionStatus.CHILD_PROTECTION_PLAN
            ? ProtectionStatus.CHILD_IN_NEED
            : ProtectionStatus.CHILD_PROTECTION_PLAN;
    work.changeProtectionStatus(
        reference, child.id(), new NewStatusChange(next, today.minusDays(20), child.version()));
    work.recordLadderReading(
        reference,
        child.id(),
        new NewLadderReading(LadderStage.BEFORE, today.minusDays(18), 2 + n));
    work.recordSession(
        reference,
        child.id(),
        new NewChildSession(
            today.minusDays(14),
            45,
            ChildSessionKind.ONE_TO_ONE,
            "Invented: drew a picture of a safe place; quiet at first, more settled by the end."));
    work.recordSession(
        reference,
        child.id(),
        new NewChildSession(
            today.minusDays(7),
            60,
            n == 1 ? ChildSessionKind.FAMILY : ChildSessionKind.GROUP,
            "Invented: joined in the feelings game and named a trusted adult at school."));
    if (n < 2) { // the third child's work has only just begun
      work.recordLadderReading(
          reference,
          child.id(),
          new NewLadderReading(LadderStage.AFTER, today.minusDays(2), 6 + n));
    }
  }
}
