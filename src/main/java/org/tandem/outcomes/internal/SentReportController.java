package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Area;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.Downloads;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;

/**
 * The quarterly reports as sent, as pages: the list by area and quarter, each quarter's versions,
 * one version's frozen figures and files, and for managers the preparation and sign-off.
 */
@Controller
class SentReportController {

  private static final String BASE = "/outcomes/sent-reports/";

  private final ReportAreas areas;
  private final SentReports sent;
  private final SentReportStore store;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;
  private final MessageSource messages;

  SentReportController(
      ReportAreas areas,
      SentReports sent,
      SentReportStore store,
      CurrentUsers currentUsers,
      ServiceClock clock,
      MessageSource messages) {
    this.areas = areas;
    this.sent = sent;
    this.store = store;
    this.currentUsers = currentUsers;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping("/outcomes/sent-reports")
  @PreAuthorize(Roles.REPORT_READERS)
  String list(@RequestParam(defaultValue = "1") int page, Model model) {
    Map<Long, Area> mine =
        areas.mine().stream()
            .collect(
                Collectors.toMap(Area::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Paging paging = Paging.numbered(page, Paging.DEFAULT_SIZE);
    long total = store.countQuarters(mine.keySet());
    model.addAttribute("quarters", store.quarters(mine, paging.offset(), paging.size()));
    model.addAttribute("page", paging.page() + 1);
    model.addAttribute("pages", Math.max(1, (total + paging.size() - 1) / paging.size()));
    model.addAttribute("areas", List.copyOf(mine.values()));
    model.addAttribute("endedQuarters", endedQuarters());
    model.addAttribute("manager", isManager());
    return "outcomes/sent-reports";
  }

  /** The form on the list that opens a quarter's preparation: a GET, so it is only a link. */
  @GetMapping("/outcomes/sent-reports/prepare")
  @PreAuthorize(Roles.MANAGER)
  String choose(@RequestParam String area, @RequestParam String quarter) {
    Area in = areas.require(area);
    return "redirect:" + BASE + in.code() + "/" + period(quarter).code() + "/prepare";
  }

  @GetMapping("/outcomes/sent-reports/{area}/{quarter}")
  @PreAuthorize(Roles.REPORT_READERS)
  String quarter(@PathVariable String area, @PathVariable String quarter, Model model) {
    Area in = areas.require(area);
    ReportPeriod period = period(quarter);
    model.addAttribute("area", in);
    model.addAttribute("period", period);
    model.addAttribute("versions", sent.versions(in, period));
    model.addAttribute("manager", isManager());
    return "outcomes/sent-report-quarter";
  }

  @GetMapping("/outcomes/sent-reports/{area}/{quarter}/prepare")
  @PreAuthorize(Roles.MANAGER)
  String prepare(@PathVariable String area, @PathVariable String quarter, Model model) {
    Area in = areas.require(area);
    ReportPeriod period = period(quarter);
    SentReports.Preparation p = sent.prepare(in, period);
    return showPrepare(in, period, p, p.sentVersion(), "", "", Map.of(), model);
  }

  @PostMapping("/outcomes/sent-reports/{area}/{quarter}/versions")
  @PreAuthorize(Roles.MANAGER)
  String signOff(
      @PathVariable String area,
      @PathVariable String quarter,
      @RequestParam(required = false) String reviewedVersion,
      @RequestParam(required = false) String notes,
      @RequestParam(required = false) String correctionReason,
      Model model,
      RedirectAttributes redirect) {
    Area in = areas.require(area);
    ReportPeriod period = period(quarter);
    Integer reviewed = wholeNumber(reviewedVersion);
    try {
      SentReport signed =
          sent.signOff(in, period, new SentReports.SignOff(reviewed, notes, correctionReason));
      redirect.addFlashAttribute(
          "saved",
          text(
              "quarterly.signOff.signed",
              signed.version(),
              new ReportWords(messages, LocaleContextHolder.getLocale()).label(period)));
      return "redirect:" + BASE + in.code() + "/" + period.code() + "/versions/" + signed.version();
    } catch (InvalidRequestException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldProblem p : e.problems()) {
        errors.putIfAbsent(p.field(), p.message());
      }
      SentReports.Preparation p = sent.prepare(in, period);
      return showPrepare(
          in, period, p, reviewed == null ? 0 : reviewed, notes, correctionReason, errors, model);
    } catch (EditConflictException e) {
      // Someone signed a version after the one reviewed: show what it holds before signing again.
      SentReports.Preparation p = sent.prepare(in, period);
      model.addAttribute("conflict", true);
      return showPrepare(in, period, p, p.sentVersion(), notes, correctionReason, Map.of(), model);
    }
  }

  @GetMapping("/outcomes/sent-reports/{area}/{quarter}/versions/{version}")
  @PreAuthorize(Roles.REPORT_READERS)
  String version(
      @PathVariable String area,
      @PathVariable String quarter,
      @PathVariable int version,
      Model model) {
    Area in = areas.require(area);
    ReportPeriod period = period(quarter);
    model.addAttribute("area", in);
    model.addAttribute("period", period);
    model.addAttribute("sent", sent.open(in, period, version));
    model.addAttribute("figures", sent.figures(in, period, version));
    model.addAttribute("manager", isManager());
    return "outcomes/sent-report-version";
  }

  @GetMapping("/outcomes/sent-reports/{area}/{quarter}/versions/{version}/{format}")
  @PreAuthorize(Roles.REPORT_READERS)
  ResponseEntity<byte[]> download(
      @PathVariable String area,
      @PathVariable String quarter,
      @PathVariable int version,
      @PathVariable String format) {
    Area in = areas.require(area);
    ReportPeriod period = period(quarter);
    SentReportFormat f =
        SentReportFormat.named(format)
            .orElseThrow(() -> new NotFoundException(text("quarterly.sent.noSuchFormat")));
    return Downloads.attachment(
        sent.download(in, period, version, f), f.type(), fileName(in, period, version, f));
  }

  static String fileName(Area area, ReportPeriod period, int version, SentReportFormat format) {
    return "tandem-"
        + area.code().toLowerCase(Locale.ROOT)
        + "-"
        + period.code()
        + "-v"
        + version
        + "."
        + format.extension();
  }

  private String showPrepare(
      Area area,
      ReportPeriod period,
      SentReports.Preparation p,
      int reviewed,
      String notes,
      String correctionReason,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("area", area);
    model.addAttribute("period", period);
    model.addAttribute("prep", p);
    model.addAttribute("report", p.draft());
    model.addAttribute("reviewedVersion", reviewed);
    model.addAttribute("nextVersion", reviewed + 1);
    model.addAttribute("notes", notes == null ? "" : notes);
    model.addAttribute("correctionReason", correctionReason == null ? "" : correctionReason);
    model.addAttribute("errors", errors);
    model.addAttribute("notesMax", SentReports.NOTES_MAX);
    return "outcomes/sent-report-prepare";
  }

  private ReportPeriod period(String quarter) {
    return ReportPeriod.parseQuarter(quarter)
        .orElseThrow(() -> new NotFoundException(text("quarterly.sent.noSuchQuarter")));
  }

  /** The last eight quarters that have ended, latest first: the ones that can be signed off. */
  private List<ReportPeriod> endedQuarters() {
    List<ReportPeriod> ended = new ArrayList<>();
    ReportPeriod q = ReportPeriod.quarterOf(today()).previousQuarter();
    for (int i = 0; i < 8; i++) {
      ended.add(q);
      q = q.previousQuarter();
    }
    return ended;
  }

  private boolean isManager() {
    return currentUsers.current().has(Role.SERVICE_MANAGER);
  }

  private static Integer wholeNumber(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private LocalDate today() {
    return clock.today();
  }
}
