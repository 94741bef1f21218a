package org.tandem.partnersupport.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.partnersupport.EvaluationPoint;
import org.tandem.partnersupport.HerEvaluations;
import org.tandem.partnersupport.MirabalMeasure;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.SelfReportMeasure;
import org.tandem.partnersupport.WomenEvaluations;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** The page for her follow-up evaluation, behind the wall: partner support and managers only. */
@Controller
class EvaluationController {

  private static final String BASE = "/cases/{reference}/partners/{partnerId}/evaluations";
  private static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

  private final PartnerSupport support;
  private final WomenEvaluations evaluations;

  private final PartnerPageWords words;

  EvaluationController(
      PartnerSupport support, WomenEvaluations evaluations, PartnerPageWords words) {
    this.support = support;
    this.words = words;
    this.evaluations = evaluations;
  }

  @GetMapping(BASE + "/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String form(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestParam(required = false) EvaluationPoint point,
      Model model) {
    HerEvaluations theirs = evaluations.evaluations(reference, partnerId);
    EvaluationForm form = new EvaluationForm();
    List<EvaluationPoint> outstanding = theirs.outstanding();
    form.setPoint(
        point != null && outstanding.contains(point)
            ? point
            : outstanding.isEmpty() ? null : outstanding.get(0));
    return show(reference, partnerId, theirs, form, model);
  }

  @PostMapping(BASE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String record(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("evaluation") EvaluationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("completedOn", words.unreadableDate(form.getCompletedOn(), "date"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          evaluations.record(reference, partnerId, form.command());
          redirect.addFlashAttribute(
              "saved", words.say("partnersupport.saved.evaluation", form.getPoint().months()));
          return "redirect:/cases/" + reference + "/partners/" + partnerId + "#evaluations";
        },
        () ->
            show(reference, partnerId, evaluations.evaluations(reference, partnerId), form, model));
  }

  private String show(
      String reference, long partnerId, HerEvaluations theirs, EvaluationForm form, Model model) {
    model.addAttribute("her", support.record(reference, partnerId));
    model.addAttribute("evaluations", theirs);
    model.addAttribute("evaluation", form);
    model.addAttribute("points", theirs.outstanding());
    model.addAttribute("ratings", RATINGS);
    model.addAttribute("selfReport", SelfReportMeasure.values());
    model.addAttribute("mirabal", MirabalMeasure.values());
    return "partnersupport/evaluation";
  }
}
