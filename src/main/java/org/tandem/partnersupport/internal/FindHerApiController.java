package org.tandem.partnersupport.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.Paging;

/** Finding a woman through the API, as the "Find a woman" page does: behind the wall. */
@ApiController(tag = "Partner support")
class FindHerApiController {

  private final FindHer findHer;

  FindHerApiController(FindHer findHer) {
    this.findHer = findHer;
  }

  @GetMapping("/api/v1/partners")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Find a woman by her exact phone number, email address or full name",
      description =
          "Behind the wall: partner support and managers only (403 for every other role), in the"
              + " areas the caller covers. Give one or more of phone, email and name: each given"
              + " must match exactly (a phone number by its last nine digits; email and name"
              + " whatever their letter case); a partial value finds no one. 400 with the field"
              + " named when none is given or one is not whole.")
  FindHer.WomenFound api(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String name,
      Paging paging) {
    return findHer.find(new FindHer.Query(phone, email, name), paging);
  }
}
