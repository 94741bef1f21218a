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

  RefusedAccessController(RefusedAccess refusedAccess) {
    this.refusedAccess = refusedAccess;
  }

  @PostMapping("/refused-access/{id}/acknowledge")
  @PreAuthorize(Roles.MANAGER)
  String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
    try {
      refusedAccess.acknowledge(id);
      redirect.addFlashAttribute("saved", "Alert acknowledged");
    } catch (NotFoundException e) {
      // Two managers, two tabs or a double press: say so rather than pretend it worked.
      redirect.addFlashAttribute("notice", "That alert was already acknowledged, or is not yours");
    }
    return "redirect:/alerts";
  }
}
