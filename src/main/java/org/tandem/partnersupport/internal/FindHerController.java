package org.tandem.partnersupport.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Paging;

/**
 * "Find a woman": partner support and managers look for her by her exact phone number, email
 * address or full name (the API's is {@link FindHerApiController}). Behind the wall: 403 for every
 * perpetrator-facing role.
 */
@Controller
@PreAuthorize(Roles.PARTNER_SUPPORT)
class FindHerController {

  static final int PAGE_SIZE = 25;

  private final FindHer findHer;

  FindHerController(FindHer findHer) {
    this.findHer = findHer;
  }

  @GetMapping("/partner-support/find")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String page(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    FindHer.Query query = new FindHer.Query(phone, email, name);
    model.addAttribute("query", query);
    if (phone != null || email != null || name != null) {
      try {
        FindHer.WomenFound found = findHer.find(query, Paging.numbered(page, PAGE_SIZE));
        model.addAttribute("found", found);
        model.addAttribute("pageAddress", "/partner-support/find?" + asked(query) + "&");
      } catch (InvalidRequestException e) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldProblem problem : e.problems()) {
          problems.putIfAbsent(problem.field(), problem.message());
        }
        model.addAttribute("problems", problems);
      }
    }
    return "partnersupport/find";
  }

  private static String asked(FindHer.Query query) {
    return "phone="
        + encoded(query.phone())
        + "&email="
        + encoded(query.email())
        + "&name="
        + encoded(query.name());
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
