package org.tandem.risk.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.risk.DashIndicator;
import org.tandem.risk.DashIndicators;
import org.tandem.risk.RiskWords;

/** The DASH checklist's questions as the service words them. */
@Controller
class DashAdminController {

  static final int MAX_QUESTION = 1000;

  private final DashIndicators indicators;

  private final RiskWords words;

  DashAdminController(DashIndicators indicators, RiskWords words) {
    this.indicators = indicators;
    this.words = words;
  }

  @GetMapping("/admin/dash")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String form(Model model) {
    List<DashIndicator> all = indicators.all();
    DashForm form = new DashForm();
    all.forEach(i -> form.getQuestions().add(i.question()));
    return show(all, form, model);
  }

  @PostMapping("/admin/dash")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String reword(
      @ModelAttribute("dash") DashForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    List<DashIndicator> all = indicators.all();
    List<String> questions = form.getQuestions();
    while (questions.size() < all.size()) {
      questions.add("");
    }
    for (int i = 0; i < all.size(); i++) {
      String q = questions.get(i);
      String field = "questions[" + i + "]";
      if (q == null || q.isBlank()) {
        errors.rejectValue(
            field, "invalid", words.say("risk.problem.dash.enter", all.get(i).number()));
      } else if (q.strip().length() > MAX_QUESTION) {
        errors.rejectValue(
            field,
            "invalid",
            words.say(
                "risk.problem.dash.tooLong", all.get(i).number(), String.valueOf(MAX_QUESTION)));
      } else if (q.indexOf('\u0000') >= 0) {
        errors.rejectValue(field, "invalid", words.say("risk.problem.dash.control"));
      }
    }
    if (errors.hasErrors()) {
      return show(all, form, model);
    }
    for (int i = 0; i < all.size(); i++) {
      DashIndicator indicator = all.get(i);
      if (!questions.get(i).strip().equals(indicator.question())) {
        indicators.reword(indicator.number(), questions.get(i));
      }
    }
    redirect.addFlashAttribute("saved", words.say("risk.dash.saved"));
    return "redirect:/admin/dash";
  }

  private String show(List<DashIndicator> all, DashForm form, Model model) {
    model.addAttribute("indicators", all);
    model.addAttribute("dash", form);
    return "risk/dash";
  }

  /** The questions as typed, in the checklist's order. */
  public static class DashForm {
    private List<String> questions = new ArrayList<>();

    public List<String> getQuestions() {
      return questions;
    }

    public void setQuestions(List<String> questions) {
      this.questions = questions;
    }
  }
}
