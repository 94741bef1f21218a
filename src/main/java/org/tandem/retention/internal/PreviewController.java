package org.tandem.retention.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.referral.Referrals;
import org.tandem.retention.Retention;
import org.tandem.web.Paging;

/** The manager's list of the cases in their areas the retention job will anonymise next. */
@Controller
class PreviewController {

  private static final int PAGE_SIZE = 25;

  private final Retention retention;

  PreviewController(Retention retention) {
    this.retention = retention;
  }

  @GetMapping("/retention/preview")
  @PreAuthorize(Roles.MANAGER)
  String preview(@RequestParam(defaultValue = "1") int page, Model model) {
    Paging paging = Paging.numbered(page, PAGE_SIZE);
    Retention.PreviewPage found = retention.preview(paging.offset(), PAGE_SIZE);
    model.addAttribute(
        "due", new Referrals.Page<>(found.items(), paging.page(), PAGE_SIZE, found.total()));
    model.addAttribute("until", found.until());
    model.addAttribute("base", "/retention/preview?");
    return "retention/preview";
  }
}
