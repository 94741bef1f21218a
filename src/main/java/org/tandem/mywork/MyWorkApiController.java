package org.tandem.mywork;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;

/** "My work" for the caller's own systems: the same sections the page shows. */
@ApiController(path = "/api/v1", tag = "My work")
class MyWorkApiController {

  private final MyWork myWork;

  MyWorkApiController(MyWork myWork) {
    this.myWork = myWork;
  }

  @GetMapping("/me/work")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "The caller's work today, a section for each role they hold",
      description =
          "caseload (perpetrator worker), herWork (partner-support worker; behind the wall),"
              + " childrensWork, intake and management (service manager); a section is null when"
              + " the caller does not hold its role. Each list is a page (one-based page"
              + " parameters, 25 a page) or its first few, with the total. Every case listed is"
              + " written to the audit trail.")
  MyWorkView work(
      @RequestParam(defaultValue = "1") int casesPage,
      @RequestParam(defaultValue = "1") int womenPage,
      @RequestParam(defaultValue = "1") int childrenPage,
      @RequestParam(defaultValue = "1") int triagePage,
      @RequestParam(defaultValue = "1") int unallocatedPage) {
    return myWork.forMe(
        new MyWorkView.Pages(casesPage, womenPage, childrenPage, triagePage, unallocatedPage));
  }
}
