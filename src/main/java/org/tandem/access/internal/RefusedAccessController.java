package org.tandem.access.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.RefusedAccess;
import org.tandem.access.Roles;
import org.tandem.web.NotFoundException;

/** A manager acknowledges an alert about someone refused access repeatedly, from their alerts. */
@Controller
class RefusedAccessController {

  private final RefusedAccess refusedAccess;
  private final AccessWords words;

  RefusedAccessController(RefusedAccess refusedAccess, AccessWords words) {
    this.refusedAccess = refusedAccess;
    this.words = words;
  }

  @PostMapping("/refused-access/{id}/acknowledge")
  @PreAuthorize(Roles.MANAGER)
  String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
    try {
      refusedAccess.acknowledge(id);
      redirect.addFlashAttribute("saved", words.say("access.refusals.acknowledged"));
    } catch (NotFoundException e) {
      // Two managers, two tabs or a double press: say so rather than pretend it worked.
      redirect.addFlashAttribute("notice", words.say("access.refusals.alreadyAcknowledged"));
    }
    return "redirect:/alerts";
  }
}
