package org.tandem.assessment.internal;

import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.assessment.AssessmentRecord;
import org.tandem.assessment.AssessmentWords;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.NewRiskReport;
import org.tandem.assessment.NewUpdateReport;
import org.tandem.assessment.ReviewPoint;
import org.tandem.assessment.RiskReportView;
import org.tandem.programme.AttendanceSummary;
import org.tandem.programme.ProgrammeRecords;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Validation;

/**
 * The reports to the referrer: the list, producing a risk identification report or a programme
 * update report, the page, the PDF.
 */
@Controller
class ReportController {

  /** Perpetrator workers write the reports; service managers may too. */
  static final String PRODUCERS = "hasAnyRole('PERPETRATOR_WORKER','SERVICE_MANAGER')";

  private final Assessments assessments;
  private final ProgrammeRecords programme;
  private final ReportDownloads downloads;
  private final Validation validation;
  private final AssessmentWords words;

  ReportController(
      Assessments assessments,
      ProgrammeRecords programme,
      ReportDownloads downloads,
      Validation validation,
      AssessmentWords words) {
    this.words = words;
    this.assessments = assessments;
    this.programme = programme;
    this.downloads = downloads;
    this.validation = validation;
  }

  @GetMapping("/cases/{reference}/reports")
  @PreAuthorize(Roles.CASE_WORKERS)
  String list(@PathVariable String reference, Model model) {
    model.addAttribute("reports", assessments.reports(reference));
    model.addAttribute("reference", reference);
    model.addAttribute("hasProgrammePlace", programme.hasPlace(reference));
    return "assessment/report/list";
  }

  @GetMapping("/cases/{reference}/reports/new")
  @PreAuthorize(PRODUCERS)
  String form(@PathVariable String reference, Model model) {
    return showForm(reference, new ReportForm(), model);
  }

  @PostMapping("/cases/{reference}/reports")
  @PreAuthorize(PRODUCERS)
  String produce(
      @PathVariable String reference,
      @ModelAttribute("report") ReportForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    NewRiskReport report = form.toNewRiskReport();
    return FormFlow.submit(
        // With no assessment recorded, the form page says so in place of the form.
        problems(form, report, errors).elsewhere("assessment"),
        model,
        () -> produced(redirect, reference, assessments.produceReport(reference, report)),
        () -> showForm(reference, form, model));
  }

  /** The other boxes are checked too while the minutes cannot be read: every problem shows. */
  private FormProblems problems(ReportForm form, Object report, BindingResult errors) {
    return new FormProblems(errors)
        .typed("minutesSpent", form.minutesProblem(words))
        .checkedBy(() -> validation.problems(report));
  }

  private static String produced(RedirectAttributes redirect, String reference, long id) {
    redirect.addFlashAttribute("produced", true);
    return "redirect:/cases/" + reference + "/reports/" + id;
  }

  private String showForm(String reference, ReportForm form, Model model) {
    Optional<AssessmentRecord> assessment = assessments.find(reference);
    model.addAttribute("reference", reference);
    model.addAttribute("report", form);
    model.addAttribute("assessment", assessment.orElse(null));
    return "assessment/report/new";
  }

  @GetMapping("/cases/{reference}/reports/updates/new")
  @PreAuthorize(PRODUCERS)
  String updateForm(@PathVariable String reference, Model model) {
    return showUpdateForm(reference, new UpdateForm(), model);
  }

  @PostMapping("/cases/{reference}/reports/updates")
  @PreAuthorize(PRODUCERS)
  String produceUpdate(
      @PathVariable String reference,
      @ModelAttribute("report") UpdateForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    NewUpdateReport report = form.toNewUpdateReport();
    return FormFlow.submit(
        // With no programme place, the form page says so in place of the form.
        problems(form, report, errors).elsewhere("enrolment"),
        model,
        () -> produced(redirect, reference, assessments.produceUpdateReport(reference, report)),
        () -> showUpdateForm(reference, form, model));
  }

  private String showUpdateForm(String reference, UpdateForm form, Model model) {
    Optional<AttendanceSummary> place = programme.latest(reference);
    model.addAttribute("reference", reference);
    model.addAttribute("report", form);
    model.addAttribute("place", place.orElse(null));
    model.addAttribute(
        "points", java.util.Arrays.stream(ReviewPoint.values()).map(Enum::name).toList());
    return "assessment/report/new-update";
  }

  @GetMapping("/cases/{reference}/reports/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  String view(@PathVariable String reference, @PathVariable long id, Model model) {
    RiskReportView report = assessments.report(reference, id);
    model.addAttribute("report", report);
    return "assessment/report/report";
  }

  @GetMapping("/cases/{reference}/reports/{id}.pdf")
  @PreAuthorize(Roles.CASE_WORKERS)
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable long id) {
    return downloads.pdf(reference, id);
  }

  /** The form as typed: the minutes are kept as text so that a mistyped number stays in its box. */
  public static class ReportForm {
    private String contact;
    private String supervision;
    private String programme;
    private String minutesSpent;

    String minutesProblem(AssessmentWords words) {
      if (minutesSpent == null || minutesSpent.isBlank()) {
        return null;
      }
      return minutes() == null ? words.say("assessment.problem.report.minutesWhole") : null;
    }

    private Integer minutes() {
      if (minutesSpent == null || minutesSpent.isBlank()) {
        return null;
      }
      String digits = minutesSpent.strip();
      if (!digits.matches("\\d{1,9}")) {
        return null;
      }
      return Integer.valueOf(digits);
    }

    NewRiskReport toNewRiskReport() {
      return new NewRiskReport(contact, supervision, programme, minutes());
    }

    NewUpdateReport toNewUpdateReport(String point) {
      return new NewUpdateReport(point, contact, supervision, programme, minutes());
    }

    public String getContact() {
      return contact;
    }

    public void setContact(String contact) {
      this.contact = contact;
    }

    public String getSupervision() {
      return supervision;
    }

    public void setSupervision(String supervision) {
      this.supervision = supervision;
    }

    public String getProgramme() {
      return programme;
    }

    public void setProgramme(String programme) {
      this.programme = programme;
    }

    public String getMinutesSpent() {
      return minutesSpent;
    }

    public void setMinutesSpent(String minutesSpent) {
      this.minutesSpent = minutesSpent;
    }
  }

  /** The update report's form: the review point as well. */
  public static class UpdateForm extends ReportForm {
    private String point;

    NewUpdateReport toNewUpdateReport() {
      return toNewUpdateReport(point);
    }

    public String getPoint() {
      return point;
    }

    public void setPoint(String point) {
      this.point = point;
    }
  }
}
