package org.tandem.partnersupport.internal;

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
import org.tandem.access.WallPass;
import org.tandem.assessment.AssessmentRecord;
import org.tandem.assessment.Assessments;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.HerCorrections;
import org.tandem.partnersupport.PartnerLetters;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.WomenEvaluations;
import org.tandem.partnersupport.internal.PartnerForms.LetterSentForm;
import org.tandem.programme.ProgrammeRecords;
import org.tandem.risk.RiskManagement;
import org.tandem.web.Downloads;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.womensgroups.WomensGroupSessions;

/**
 * Her record's page and her letter, behind the wall: partner-support workers and service managers
 * only.
 */
@Controller
class PartnerRecordController {

  private static final String BASE = HerRecordPages.BASE;

  private final PartnerSupport support;
  private final PartnerLetters letters;
  private final ProgrammeRecords programme;
  private final WomensGroupSessions womensGroups;
  private final WomenEvaluations evaluations;
  private final RiskManagement risk;
  private final Assessments assessments;
  private final ServiceClock clock;
  private final HerCorrections corrections;
  private final PartnerPageWords words;

  PartnerRecordController(
      PartnerSupport support,
      PartnerLetters letters,
      ProgrammeRecords programme,
      WomensGroupSessions womensGroups,
      WomenEvaluations evaluations,
      RiskManagement risk,
      Assessments assessments,
      ServiceClock clock,
      HerCorrections corrections,
      PartnerPageWords words) {
    this.corrections = corrections;
    this.words = words;
    this.risk = risk;
    this.assessments = assessments;
    this.support = support;
    this.letters = letters;
    this.programme = programme;
    this.womensGroups = womensGroups;
    this.evaluations = evaluations;
    this.clock = clock;
  }

  @GetMapping(BASE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String record(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    WallPass pass = support.behindTheWall(reference);
    PartnerRecord her = support.record(pass, partnerId);
    model.addAttribute("her", her);
    // The family's risk as the perpetrator worker sees it: open data, shown so that her worker
    // plans her safety knowing it.
    model.addAttribute("risk", risk.picture(reference));
    model.addAttribute(
        "hisDash",
        assessments
            .find(reference)
            .map(AssessmentRecord::dashScore)
            .filter(dash -> dash.answered() > 0)
            .orElse(null));
    if (her.consentToAttendance()) {
      model.addAttribute("attendance", programme.latest(pass.caseRef()).orElse(null));
    }
    model.addAttribute("letterSent", letterSentForm(her));
    model.addAttribute("womensGroups", womensGroups.attendanceOf(pass, partnerId));
    model.addAttribute("evaluations", evaluations.evaluations(pass, partnerId));
    model.addAttribute("corrections", corrections.history(pass, partnerId));
    return "partnersupport/partner";
  }

  private static LetterSentForm letterSentForm(PartnerRecord her) {
    LetterSentForm form = new LetterSentForm();
    form.setVersion(her.version());
    return form;
  }

  // --- the letter ---

  @GetMapping(BASE + "/letter.pdf")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable long partnerId) {
    byte[] pdf = letters.letter(reference, partnerId);
    return Downloads.unstoredPdf(pdf, "letter-" + reference + ".pdf");
  }

  @PostMapping(BASE + "/letter-sent")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String letterSent(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("letterSent") LetterSentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors).typed("sentOn", words.unreadableDate(form.getSentOn(), "date"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          letters.letterSent(
              reference,
              partnerId,
              form.getSentOn().isBlank() ? clock.today() : form.getSentOn().toDate(),
              form.versionRead());
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.letterSent"));
          return redirect(reference, partnerId);
        },
        () -> {
          model.addAttribute("her", support.record(reference, partnerId));
          return "partnersupport/partner";
        });
  }

  private static String redirect(String reference, long partnerId) {
    return HerRecordPages.redirect(reference, partnerId);
  }
}
