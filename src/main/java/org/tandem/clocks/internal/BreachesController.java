package org.tandem.clocks.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.clocks.ClockKind;
import org.tandem.clocks.Clocks;
import org.tandem.referral.Referrals;
import org.tandem.web.Paging;

/** The manager's list of clocks that have breached in their areas, longest overdue first. */
@Controller
class BreachesController {

  private static final int PAGE_SIZE = 25;

  private final Clocks clocks;

  BreachesController(Clocks clocks) {
    this.clocks = clocks;
  }

  @GetMapping("/clocks/breaches")
  @PreAuthorize(Roles.MANAGER)
  String breaches(
      @RequestParam(required = false) ClockKind clock,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    Paging paging = Paging.numbered(page, PAGE_SIZE);
    Clocks.BreachPage found = clocks.breaches(clock, paging.offset(), PAGE_SIZE);
    model.addAttribute(
        "breaches", new Referrals.Page<>(found.items(), paging.page(), PAGE_SIZE, found.total()));
    model.addAttribute("clock", clock);
    model.addAttribute("clocks", ClockKind.values());
    model.addAttribute(
        "base", "/clocks/breaches?" + (clock == null ? "" : "clock=" + clock.name() + "&"));
    return "clocks/breaches";
  }
}
