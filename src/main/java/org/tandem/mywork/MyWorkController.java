package org.tandem.mywork;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;

/** The page each case role lands on: what is theirs to do today, a section for each role. */
@Controller
class MyWorkController {

  private final MyWork myWork;
  private final ServiceClock clock;

  MyWorkController(MyWork myWork, ServiceClock clock) {
    this.myWork = myWork;
    this.clock = clock;
  }

  @GetMapping("/my-work")
  @PreAuthorize(Roles.CASE_WORKERS)
  String myWork(
      @RequestParam(defaultValue = "1") int casesPage,
      @RequestParam(defaultValue = "1") int womenPage,
      @RequestParam(defaultValue = "1") int childrenPage,
      @RequestParam(defaultValue = "1") int triagePage,
      @RequestParam(defaultValue = "1") int unallocatedPage,
      Model model) {
    MyWorkView.Pages pages =
        new MyWorkView.Pages(casesPage, womenPage, childrenPage, triagePage, unallocatedPage);
    model.addAttribute("work", myWork.forMe(pages));
    model.addAttribute("pages", pages);
    model.addAttribute("today", clock.today());
    return "mywork/my-work";
  }
}
