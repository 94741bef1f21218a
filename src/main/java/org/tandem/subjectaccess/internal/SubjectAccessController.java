package org.tandem.subjectaccess.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tandem.web.Downloads;
import org.tandem.web.EditConflictException;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access from the case page, for service managers: the case's disclosures and a new
 * request; then one disclosure's contents and what is withheld for review, its downloads and its
 * release.
 */
@Controller
class SubjectAccessController {

  private static final JsonMapper JSON = new JsonMapper();

  private final SubjectAccessService service;

  private final MessageSource messages;
  private final SubjectAccessWords words;

  SubjectAccessController(
      SubjectAccessService service, MessageSource messages, SubjectAccessWords words) {
    this.messages = messages;
    this.service = service;
    this.words = words;
  }

  @GetMapping("/cases/{reference}/subject-access")
  @PreAuthorize(Roles.MANAGER)
  String index(@PathVariable String reference, Model model) {
    return show(reference, new SubjectAccessForm(), model);
  }

  @PostMapping("/cases/{reference}/subject-access")
  @PreAuthorize(Roles.MANAGER)
  String prepare(
      @PathVariable String reference,
      @ModelAttribute("request") SubjectAccessForm form,
      BindingResult errors,
      Model model) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("receivedOn", words.unreadableReceivedOn(form.getReceivedOn()))
            .found(
                form.missing(
                    key -> messages.getMessage(key, null, LocaleContextHolder.getLocale())))
            // Nothing is saved while the date cannot be read: the service would take it as today.
            .checkedBy(List::of);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          long id = service.prepare(form.toRequest(reference));
          return "redirect:/cases/" + reference + "/subject-access/" + id;
        },
        () -> show(reference, form, model));
  }

  private String show(String reference, SubjectAccessForm form, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("disclosures", service.disclosures(reference));
    model.addAttribute("people", service.people(reference));
    model.addAttribute("whoAsks", Disclosure.RequestedBy.values());
    model.addAttribute("request", form);
    return "subjectaccess/index";
  }

  @GetMapping("/cases/{reference}/subject-access/{id}")
  @PreAuthorize(Roles.MANAGER)
  String disclosure(@PathVariable String reference, @PathVariable long id, Model model) {
    onCase(reference, id);
    model.addAttribute("view", service.view(id));
    model.addAttribute("reference", reference);
    return "subjectaccess/disclosure";
  }

  @PostMapping("/cases/{reference}/subject-access/{id}/release")
  @PreAuthorize(Roles.MANAGER)
  String release(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int version,
      Model model,
      RedirectAttributes redirect) {
    onCase(reference, id);
    try {
      service.release(id, version);
    } catch (EditConflictException e) {
      model.addAttribute("conflict", true);
      return disclosure(reference, id, model);
    }
    redirect.addFlashAttribute("released", true);
    return "redirect:/cases/" + reference + "/subject-access/" + id;
  }

  @GetMapping("/cases/{reference}/subject-access/{id}/bundle.pdf")
  @PreAuthorize(Roles.MANAGER)
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable long id) {
    onCase(reference, id);
    return Downloads.attachment(
        service.pdf(id), MediaType.APPLICATION_PDF, "subject-access-" + id + ".pdf");
  }

  @GetMapping("/cases/{reference}/subject-access/{id}/bundle.json")
  @PreAuthorize(Roles.MANAGER)
  ResponseEntity<byte[]> json(@PathVariable String reference, @PathVariable long id) {
    onCase(reference, id);
    byte[] json =
        JSON.writeValueAsString(SubjectAccessApiController.json(service.view(id)))
            .getBytes(StandardCharsets.UTF_8);
    return Downloads.attachment(json, MediaType.APPLICATION_JSON, "subject-access-" + id + ".json");
  }

  /** A disclosure asked for under another case's address is not there. */
  private void onCase(String reference, long id) {
    if (!service.referenceOf(id).equals(reference)) {
      throw new NotFoundException(words.say("subjectaccess.problem.notOnThisCase"));
    }
  }
}
