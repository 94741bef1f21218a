package org.tandem.risk.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.RefusedAccess;
import org.tandem.calendar.ServiceClock;
import org.tandem.risk.RiskManagement;
import org.tandem.risk.RiskWords;
import org.tandem.web.NotFoundException;

/** A worker's alerts to acknowledge, and the MARAC referrals still to be made in their areas. */
@Controller
class AlertController {

  private final RiskManagement risk;
  private final RefusedAccess refusedAccess;
  private final ServiceClock clock;
  private final RiskWords words;

  AlertController(
      RiskManagement risk, RefusedAccess refusedAccess, ServiceClock clock, RiskWords words) {
    this.words = words;
    this.risk = risk;
    this.refusedAccess = refusedAccess;
    this.clock = clock;
  }

  @GetMapping("/alerts")
  @PreAuthorize(RiskRoles.RECORDERS)
  String alerts(Model model) {
    model.addAttribute("alerts", risk.myAlerts());
    // A manager's alerts include anyone refused access again and again in their areas.
    model.addAttribute("refusals", refusedAccess.forMe());
    return "risk/alerts";
  }

  @PostMapping("/alerts/{id}/acknowledge")
  @PreAuthorize(RiskRoles.RECORDERS)
  String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
    try {
      risk.acknowledge(id);
      redirect.addFlashAttribute("saved", words.say("risk.alerts.acknowledged"));
    } catch (NotFoundException e) {
      // Two tabs, or a double press: say so rather than pretend it worked.
      redirect.addFlashAttribute("notice", words.say("risk.alerts.alreadyAcknowledged"));
    }
    return "redirect:/alerts";
  }

  @GetMapping("/marac")
  @PreAuthorize(RiskRoles.RECORDERS)
  String marac(Model model) {
    model.addAttribute("due", risk.maracReferralsDue());
    model.addAttribute("today", clock.today());
    return "risk/marac";
  }
}
