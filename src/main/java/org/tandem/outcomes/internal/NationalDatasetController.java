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
  private final OutcomesWords words;

  NationalDatasetController(NationalDataset dataset, DatasetFiles files, OutcomesWords words) {
    this.dataset = dataset;
    this.files = files;
    this.words = words;
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
      errors.rejectValue("area", "invalid", words.say("dataset.problem.area"));
    }
    LocalDate from = date(form.getFrom(), "from", errors);
    LocalDate to = date(form.getTo(), "to", errors);
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

  private LocalDate date(DateInput input, String field, BindingResult errors) {
    if (input == null || input.isBlank()) {
      errors.rejectValue(field, "required", words.say("dataset.problem." + field + ".missing"));
      return null;
    }
    if (input.toDate() == null) {
      boolean partial = blank(input.getDay()) || blank(input.getMonth()) || blank(input.getYear());
      String problem = partial ? ".incomplete" : ".invalid";
      errors.rejectValue(field, "invalid", words.say("dataset.problem." + field + problem));
    }
    return input.toDate();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String show(List<Area> areas, Model model) {
    model.addAttribute("areas", areas);
    return VIEW;
  }
}
