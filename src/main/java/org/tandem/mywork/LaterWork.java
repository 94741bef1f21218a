package org.tandem.mywork;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.appointments.Appointments;
import org.tandem.appointments.NextAppointment;
import org.tandem.calendar.ServiceClock;
import org.tandem.clocks.ClockKind;
import org.tandem.clocks.Clocks;
import org.tandem.referral.PossibleDuplicates;

/**
 * The seams where work from features still being built joins the page: appointments (his next
 * appointment on each case), the service's clocks (cases past a contract's target) and search
 * before create (possible duplicates to resolve). Each answers "nothing yet" until wired to its
 * feature's public service; each is asked once per section, never once per line, so wiring one
 * keeps the page's statements constant.
 */
@Component
class LaterWork {

  private final Appointments appointments;
  private final PossibleDuplicates duplicates;
  private final Clocks clocks;

  LaterWork(Appointments appointments, PossibleDuplicates duplicates, Clocks clocks) {
    this.appointments = appointments;
    this.duplicates = duplicates;
    this.clocks = clocks;
  }

  /** A case past one of the service's clock targets. */
  record CaseOverItsClock(
      String reference, ClockKind clock, LocalDate dueOn, long late, long overdue) {}

  /** A referral that may be a man already known, still to be linked or confirmed as another. */
  record DuplicateToResolve(String reference, String name, int possibleMatches) {}

  /**
   * His next appointment on each of these cases that has one, by case reference. The cases are ones
   * the section has already read and audited.
   */
  Map<String, CaseNextAppointment> nextAppointments(Collection<CaseRef> cases) {
    Map<Long, NextAppointment> next =
        appointments.nextFor(cases.stream().map(CaseRef::referralId).toList());
    Map<String, CaseNextAppointment> byReference = new HashMap<>();
    for (CaseRef c : cases) {
      NextAppointment a = next.get(c.referralId());
      if (a != null) {
        byReference.put(
            c.reference(),
            new CaseNextAppointment(
                a.startsAt().atZoneSameInstant(ServiceClock.ZONE), a.kind().name(), a.place()));
      }
    }
    return byReference;
  }

  /** The cases past a clock's target in the user's areas, the longest over first. */
  Shown<CaseOverItsClock> clocksBreaching(CurrentUser me, int limit) {
    Clocks.BreachPage page = clocks.breaches(null, 0, limit);
    return Shown.of(
        page.items().stream()
            .map(
                b ->
                    new CaseOverItsClock(b.reference(), b.kind(), b.dueOn(), b.late(), b.overdue()))
            .toList(),
        1,
        limit,
        page.total());
  }

  /** Possible duplicates still to resolve in the user's areas, oldest first. */
  List<DuplicateToResolve> duplicatesToResolve(CurrentUser me, int limit) {
    return duplicates.unresolvedFor(me, limit).stream()
        .map(
            d ->
                new DuplicateToResolve(
                    d.reference(), d.givenName() + " " + d.familyName(), d.possibleMatches()))
        .toList();
  }
}
