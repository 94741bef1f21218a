package org.tandem.outcomes.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.AuditLog;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;
import org.tandem.web.PdfDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly report as sent. A manager prepares a quarter (the data-quality warnings, and what
 * changed since the version sent), then signs it off: the report is made once more and frozen, its
 * JSON, PDF and spreadsheet kept byte for byte. Whoever opens a sent version gets those bytes,
 * never a recomputation, and every sign-off and every opening is audited.
 */
@Service
class SentReports {

  static final int NOTES_MAX = 4000;
  static final int REASON_MAX = 2000;

  /** What the manager sees before signing: the draft, its warnings and its differences. */
  record Preparation(
      AreaReport draft,
      List<DataQuality.Warning> warnings,
      int sentVersion,
      List<ReportFigures.Difference> differences,
      boolean quarterEnded) {

    int nextVersion() {
      return sentVersion + 1;
    }
  }

  /** What the manager signs: the version they reviewed (0 for none), notes, and the reason. */
  record SignOff(Integer reviewedVersion, String notes, String correctionReason) {}

  private final AreaReports reports;
  private final DataQuality quality;
  private final SentReportStore store;
  private final PdfDocuments pdf;
  private final JsonMapper json;
  private final AuditLog audit;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;
  private final MessageSource messages;

  SentReports(
      AreaReports reports,
      DataQuality quality,
      SentReportStore store,
      PdfDocuments pdf,
      JsonMapper json,
      AuditLog audit,
      CurrentUsers currentUsers,
      ServiceClock clock,
      MessageSource messages) {
    this.reports = reports;
    this.quality = quality;
    this.store = store;
    this.pdf = pdf;
    this.json = json;
    this.audit = audit;
    this.currentUsers = currentUsers;
    this.clock = clock;
    this.messages = messages;
  }

  @Transactional
  Preparation prepare(Area area, ReportPeriod period) {
    AreaReport draft = reports.build(area, period);
    List<DataQuality.Warning> warnings = quality.warnings(area, period);
    // The manager sees the references of the cases named: that is a list of cases, audited so.
    audit.record(
        AuditLog.Action.LIST,
        "data-quality warnings for quarterly report " + area.code() + " " + period.code(),
        null);
    int sent = store.latestVersion(area.id(), period.code());
    return new Preparation(
        draft,
        warnings,
        sent,
        differences(area, period, sent, draft),
        period.to().isBefore(clock.today()));
  }

  /** The figures of the draft that differ from version {@code sent}; none when nothing was sent. */
  private List<ReportFigures.Difference> differences(
      Area area, ReportPeriod period, int sent, AreaReport draft) {
    if (sent == 0) {
      return List.of();
    }
    JsonNode was = json.readTree(frozen(area, period, sent, SentReportFormat.JSON));
    // Figures are told apart by their words: compare with a draft in the language signed in.
    Locale signedIn = languageOf(was);
    AreaReport now =
        signedIn.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
            ? draft
            : reports.build(area, period, signedIn);
    return ReportFigures.between(was, json.readTree(json.writeValueAsBytes(now)));
  }

  /**
   * Signs the quarter off as the next version. Refused as an edit conflict when a version was
   * signed after the one the manager reviewed: they must see its differences first.
   */
  @Transactional
  SentReport signOff(Area area, ReportPeriod period, SignOff form) {
    int sent = store.latestVersion(area.id(), period.code());
    List<FieldProblem> problems = problems(period, form);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (form.reviewedVersion() != sent) {
      throw new EditConflictException("The quarterly report", Languages.ENGLISH);
    }
    int version = sent + 1;
    CurrentUser me = currentUsers.current();
    OffsetDateTime at = clock.now();
    String notes = blankToNull(form.notes());
    String reason = version == 1 ? null : blankToNull(form.correctionReason());
    AreaReport report = reports.build(area, period);
    LocalDateTime signedOffAt = LocalDateTime.ofInstant(at.toInstant(), ServiceClock.ZONE);
    SignOffSheet sheet =
        new SignOffSheet(
            version,
            me.displayName(),
            signedOffAt,
            notes == null ? "" : notes,
            reason == null ? "" : reason,
            differences(area, period, sent, report));
    byte[] pdfBytes =
        pdf.render(
            "outcomes/sent-report-pdf",
            Map.of(
                "report",
                report,
                "version",
                version,
                "signedOffName",
                me.displayName(),
                "signedOffAt",
                signedOffAt,
                "notes",
                notes == null ? "" : notes,
                "correctionReason",
                reason == null ? "" : reason));
    store.add(
        new SentReportStore.NewVersion(
            area.id(),
            period.code(),
            version,
            me.username(),
            me.displayName(),
            Role.SERVICE_MANAGER.name(),
            at,
            notes,
            reason,
            new String(json.writeValueAsBytes(report), StandardCharsets.UTF_8),
            pdfBytes,
            AreaReportSpreadsheet.write(
                report, new ReportWords(messages, LocaleContextHolder.getLocale()), sheet)));
    audit.record(
        AuditLog.Action.CREATE,
        "quarterly report "
            + area.code()
            + " "
            + period.code()
            + " version "
            + version
            + " signed off",
        null);
    return versions(area, period).get(0);
  }

  /** Every version sent for the quarter, newest first. */
  List<SentReport> versions(Area area, ReportPeriod period) {
    return store.versions(area.id(), area.code(), period.code());
  }

  /** One version, audited as opened. */
  @Transactional
  SentReport open(Area area, ReportPeriod period, int version) {
    SentReport found =
        versions(area, period).stream()
            .filter(v -> v.version() == version)
            .findFirst()
            .orElseThrow(() -> new NotFoundException(text("quarterly.sent.noSuchVersion")));
    audit.record(
        AuditLog.Action.READ,
        "quarterly report " + area.code() + " " + period.code() + " version " + version,
        null);
    return found;
  }

  /** The figures of a version as they were sent, read from its frozen JSON. */
  List<ReportFigures.Figure> figures(Area area, ReportPeriod period, int version) {
    return ReportFigures.of(json.readTree(frozen(area, period, version, SentReportFormat.JSON)));
  }

  /** A frozen file as it was stored, audited as a download. */
  @Transactional
  byte[] download(Area area, ReportPeriod period, int version, SentReportFormat format) {
    byte[] bytes = frozen(area, period, version, format);
    audit.record(
        AuditLog.Action.DOWNLOAD,
        "quarterly report "
            + area.code()
            + " "
            + period.code()
            + " version "
            + version
            + " as "
            + format.extension(),
        null);
    return bytes;
  }

  private byte[] frozen(Area area, ReportPeriod period, int version, SentReportFormat format) {
    return store
        .file(area.id(), period.code(), version, format)
        .orElseThrow(() -> new NotFoundException(text("quarterly.sent.noSuchVersion")));
  }

  /** The language a version was signed off in, told by its first section's title. */
  private Locale languageOf(JsonNode report) {
    String title = report.path("sections").path(0).path("title").asString("");
    return Languages.SUPPORTED.stream()
        .filter(l -> title.equals(messages.getMessage("outcomes.report.funnel.title", null, l)))
        .findFirst()
        .orElse(Languages.ENGLISH);
  }

  private List<FieldProblem> problems(ReportPeriod period, SignOff form) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!period.to().isBefore(clock.today())) {
      problems.add(new FieldProblem("quarter", text("quarterly.signOff.quarterNotEnded")));
    }
    if (form.reviewedVersion() == null || form.reviewedVersion() < 0) {
      problems.add(new FieldProblem("reviewedVersion", text("quarterly.signOff.reviewedVersion")));
    }
    if (form.notes() != null && form.notes().strip().length() > NOTES_MAX) {
      problems.add(new FieldProblem("notes", text("quarterly.signOff.notesTooLong", NOTES_MAX)));
    }
    boolean correction = form.reviewedVersion() != null && form.reviewedVersion() > 0;
    if (correction && blankToNull(form.correctionReason()) == null) {
      problems.add(new FieldProblem("correctionReason", text("quarterly.signOff.enterReason")));
    } else if (correction && form.correctionReason().strip().length() > REASON_MAX) {
      problems.add(
          new FieldProblem(
              "correctionReason", text("quarterly.signOff.reasonTooLong", REASON_MAX)));
    }
    return problems;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
