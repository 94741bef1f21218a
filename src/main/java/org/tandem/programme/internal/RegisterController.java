package org.tandem.programme.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.ProgrammeWords;
import org.tandem.programme.Register;
import org.tandem.programme.RegisterEntry;
import org.tandem.programme.Registers;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** A recorded session's register, opened again, and the correction of one man's entry. */
@Controller
class RegisterController {

  private final Registers registers;
  private final ProgrammeWords words;

  RegisterController(Registers registers, ProgrammeWords words) {
    this.registers = registers;
    this.words = words;
  }

  @GetMapping("/groups/{id}/sessions/{sessionId}")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String register(@PathVariable long id, @PathVariable long sessionId, Model model) {
    model.addAttribute("register", registers.register(id, sessionId));
    return "programme/register";
  }

  @GetMapping("/groups/{id}/sessions/{sessionId}/attendance/{enrolmentId}")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String correction(
      @PathVariable long id,
      @PathVariable long sessionId,
      @PathVariable long enrolmentId,
      Model model) {
    Register register = registers.register(id, sessionId);
    return show(register, entryOf(register, enrolmentId), null, model);
  }

  @PostMapping("/groups/{id}/sessions/{sessionId}/attendance/{enrolmentId}")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String correct(
      @PathVariable long id,
      @PathVariable long sessionId,
      @PathVariable long enrolmentId,
      @ModelAttribute("correction") CorrectionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    form.setEnrolmentId(enrolmentId);
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          registers.correct(id, sessionId, enrolmentId, form.toCorrection());
          RegisterEntry e = entryOf(registers.register(id, sessionId), enrolmentId);
          redirect.addFlashAttribute(
              "saved", words.say("programme.saved.entryCorrected", e.reference()));
          return "redirect:/groups/" + id + "/sessions/" + sessionId + "#entry-" + enrolmentId;
        },
        () -> {
          Register register = registers.register(id, sessionId);
          return show(register, entryOf(register, enrolmentId), form, model);
        });
  }

  private String show(Register register, RegisterEntry entry, CorrectionForm form, Model model) {
    model.addAttribute("register", register);
    model.addAttribute("entry", entry);
    model.addAttribute("correction", form == null ? CorrectionForm.of(entry) : form);
    model.addAttribute("attendanceMarks", AttendanceMark.values());
    model.addAttribute("ratings", List.of(1, 2, 3, 4, 5));
    return "programme/correction";
  }

  private RegisterEntry entryOf(Register register, long enrolmentId) {
    return register.entries().stream()
        .filter(e -> e.enrolmentId() == enrolmentId)
        .findFirst()
        .orElseThrow(() -> words.notFound("programme.notFound.notInRegister"));
  }
}
