package org.tandem.referrer;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.RiskReportView;
import org.tandem.calendar.ServiceClock;
import org.tandem.consent.LawfulBasis;
import org.tandem.consent.NewSharing;
import org.tandem.consent.ShareTo;
import org.tandem.consent.Sharings;
import org.tandem.referral.Referrals;
import org.tandem.referrer.internal.ReleaseStore;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.PdfDocuments;

/**
 * Releasing a report to the referrer who made the referral online. A release is a sharing out of
 * his case: it is recorded as one through the sharing gate, with its lawful basis, or refused with
 * the gate's reason (his consent withdrawn, say). The PDF is kept as released, so the referrer
 * downloads exactly what they were given. A report is released once; two releasing at the same
 * moment, one is told the other did.
 */
@Service
public class ReportReleases {

  private final Assessments assessments;
  private final Referrals referrals;
  private final Sharings sharings;
  private final ReleaseStore store;
  private final PdfDocuments pdfs;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final MessageSource messages;

  ReportReleases(
      Assessments assessments,
      Referrals referrals,
      Sharings sharings,
      ReleaseStore store,
      PdfDocuments pdfs,
      CurrentUsers currentUsers,
      AuditLog audit,
      ServiceClock clock,
      MessageSource messages) {
    this.messages = messages;
    this.assessments = assessments;
    this.referrals = referrals;
    this.sharings = sharings;
    this.store = store;
    this.pdfs = pdfs;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.clock = clock;
  }

  /** The report, whether and how it was released, and to whom it would go. */
  public record View(RiskReportView report, ReleaseStore.Release release, String recipient) {
    public boolean releasable() {
      return release == null && recipient != null;
    }
  }

  @Transactional
  public View view(String reference, long reportId) {
    RiskReportView report = assessments.report(reference, reportId);
    CaseRef ref = referrals.open(reference);
    return new View(
        report,
        store.release(reportId).orElse(null),
        store.referrerOf(ref.referralId()).orElse(null));
  }

  @Transactional
  public void release(String reference, long reportId, LawfulBasis basis, String reason) {
    View view = view(reference, reportId);
    if (view.release() != null) {
      throw new EditConflictException("This report", Languages.ENGLISH);
    }
    if (view.recipient() == null) {
      throw new InvalidRequestException(
          List.of(
              new FieldProblem(
                  "report",
                  messages.getMessage(
                      "referrer.problem.notOnline", null, LocaleContextHolder.getLocale()))));
    }
    RiskReportView report = view.report();
    long sharing =
        sharings.record(
            reference,
            new NewSharing(
                ShareTo.REPORTS_TO_REFERRER,
                clock.today(),
                view.recipient(),
                (report.kind().update() ? "Update report" : "Risk identification report")
                    + ", released to the referrer online",
                basis,
                reason));
    CaseRef ref = referrals.open(reference);
    byte[] pdf = pdfs.render("assessment/report/pdf", Map.of("report", report));
    String file =
        report.reference()
            + (report.kind().update() ? "-update-report-" : "-risk-report-")
            + report.id()
            + ".pdf";
    if (!store.insert(
        reportId,
        ref.referralId(),
        sharing,
        report.kind(),
        currentUsers.current().username(),
        clock.now(),
        file,
        pdf)) {
      throw new EditConflictException("This report", Languages.ENGLISH);
    }
    audit.record(Action.CREATE, "report released to the referrer", ref);
  }
}
