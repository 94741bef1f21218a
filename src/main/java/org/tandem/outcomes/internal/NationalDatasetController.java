package org.tandem.outcomes.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.access.Area;
import org.tandem.access.Roles;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.DateInput;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * The national dataset page: the manager chooses an area (or all of theirs) and the referral dates,
 * and presses a button to download the CSV or the JSON. The form is a GET, so the download is an
 * ordinary link a browser can save, and a mistake comes back on the page with what was typed.
 */
@Controller
class NationalDatasetController {

  static final String VIEW = "outcomes/national-dataset";

  private final NationalDataset dataset;
  private final DatasetFiles files;

  NationalDatasetController(NationalDataset dataset, DatasetFiles files) {
    this.dataset = dataset;
    this.files = files;
  }

  /**
   * Without a format, the form (first opened with last quarter's dates); with one, the file, or the
   * form again with what is wrong beside each field. Returning null once the file is written tells
   * Spring the response is complete.
   */
  @GetMapping("/outcomes/national-dataset")
  @PreAuthorize(Roles.MANAGER)
  String page(
      @ModelAttribute("export") DatasetForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response)
      throws IOException {
    List<Area> areas = dataset.areasOfCurrentUser();
    if (form.getFormat() == null) {
      if (form.getFrom().isBlank() && form.getTo().isBlank()) {
        ReportPeriod last = ReportPeriod.quarterOf(dataset.today()).previousQuarter();
        form.setFrom(DateInput.of(last.from()));
        form.setTo(DateInput.of(last.to()));
      }
      return show(areas, model);
    }
    if (!form.getArea().isBlank()
        && areas.stream().noneMatch(a -> a.code().equals(form.getArea()))) {
      errors.rejectValue("area", "invalid", "Select one of your areas, or all of them");
    }
    LocalDate from = date(form.getFrom(), "from", "the first referral date", errors);
    LocalDate to = date(form.getTo(), "to", "the last referral date", errors);
    if (errors.hasErrors()) {
      return show(areas, model);
    }
    try {
      DatasetFormat format = DatasetFormat.named(form.getFormat()).orElse(DatasetFormat.CSV);
      dataset.export(
          form.getArea(),
          from,
          to,
          heading -> {
            files
                .headers(format, heading)
                .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            return files.writer(format, heading, NationalDatasetApiController.outputOf(response));
          });
      return null;
    } catch (InvalidRequestException e) {
      for (FieldProblem p : e.problems()) {
        errors.rejectValue(p.field(), "invalid", p.message());
      }
      return show(areas, model);
    }
  }

  private static LocalDate date(DateInput input, String field, String what, BindingResult errors) {
    if (input == null || input.isBlank()) {
      errors.rejectValue(field, "required", "Enter " + what);
      return null;
    }
    String problem = input.problem(capitalised(what));
    if (problem != null) {
      errors.rejectValue(field, "invalid", problem);
    }
    return input.toDate();
  }

  private static String capitalised(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }

  private static String show(List<Area> areas, Model model) {
    model.addAttribute("areas", areas);
    return VIEW;
  }
}
