package org.tandem.partnersupport.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.AreaWallPass;
import org.tandem.access.CaseAccess;
import org.tandem.access.Roles;
import org.tandem.web.Paging;

/** The partner-support worker's task list: behind the wall, so only her role and managers. */
@Controller
class TaskController {

  private static final int PAGE_SIZE = 25;

  private final TaskList tasks;
  private final CaseAccess access;

  TaskController(TaskList tasks, CaseAccess access) {
    this.tasks = tasks;
    this.access = access;
  }

  @GetMapping("/partner-support/tasks")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String tasks(
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "1") int womenPage,
      Model model) {
    int p = Math.max(1, page);
    int w = Math.max(1, womenPage);
    AreaWallPass pass = access.behindTheWallInMyAreas();
    TaskList.Counts counts = tasks.counts();
    long total = counts.open();
    model.addAttribute("counts", counts);
    model.addAttribute(
        "tasks", tasks.open(pass, Paging.numbered(p, PAGE_SIZE).offset(), PAGE_SIZE));
    model.addAttribute("page", p);
    model.addAttribute("pages", pages(total));
    model.addAttribute("total", total);
    long women = tasks.countNotContacted(pass);
    model.addAttribute(
        "women", tasks.notContacted(pass, Paging.numbered(w, PAGE_SIZE).offset(), PAGE_SIZE));
    model.addAttribute("womenPage", w);
    model.addAttribute("womenPages", pages(women));
    model.addAttribute("womenTotal", women);
    model.addAttribute("plansDue", tasks.plansDue(pass, 50));
    return "partnersupport/tasks";
  }

  private static long pages(long total) {
    return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  @PostMapping("/partner-support/tasks/{id}/done")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String done(@PathVariable long id, @RequestParam int version) {
    tasks.complete(id, version);
    return "redirect:/partner-support/tasks";
  }
}
