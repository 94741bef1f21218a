package org.tandem.programme.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Areas;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.CaseEnrolment;
import org.tandem.programme.EnrolmentStatus;
import org.tandem.programme.Enrolments;
import org.tandem.programme.GroupSummary;
import org.tandem.programme.Groups;
import org.tandem.programme.NonAssociation;
import org.tandem.programme.NonAssociationKind;
import org.tandem.programme.NonAssociations;
import org.tandem.programme.ProgrammeWords;
import org.tandem.referral.Referrals;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * A man's places on the programme from his case: his progress, sessions done and still needed, the
 * wait to his intake, and the forms that give him a place and change his status.
 */
@Controller
class PlaceController {

  private final Enrolments enrolments;
  private final Groups groups;
  private final Referrals referrals;
  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;
  private final NonAssociations nonAssociations;
  private final ProgrammeWords words;

  PlaceController(
      Enrolments enrolments,
      Groups groups,
      NonAssociations nonAssociations,
      Referrals referrals,
      Areas areas,
      CurrentUsers currentUsers,
      ServiceClock clock,
      ProgrammeWords words) {
    this.words = words;
    this.enrolments = enrolments;
    this.groups = groups;
    this.nonAssociations = nonAssociations;
    this.referrals = referrals;
    this.areas = areas;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  /** One of his places as the page shows it. */
  record PlaceView(CaseEnrolment place, Long daysToIntake, List<EnrolmentStatus> moves) {}

  /** A group with a place free that is not offered to him, and the kind of non-association why. */
  record NotOffered(GroupSummary group, NonAssociationKind kind) {}

  @GetMapping("/cases/{reference}/programme")
  @PreAuthorize(Roles.CASE_WORKERS)
  String programme(@PathVariable String reference, Model model) {
    return show(reference, new PlaceForms.Place(), null, model);
  }

  @PostMapping("/cases/{reference}/programme")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  String enrol(
      @PathVariable String reference,
      @ModelAttribute("place") PlaceForms.Place form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (form.getGroupId() == null) {
      errors.rejectValue("groupId", "invalid", words.say("programme.problem.selectAGroup"));
    }
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          enrolments.enrol(
              reference,
              form.getGroupId(),
              form.isWithInterpreter(),
              form.getWithoutDecisionBecause());
          return saved(redirect, "programme.saved.placeGiven", reference);
        },
        () -> show(reference, form, null, model));
  }

  @PostMapping("/cases/{reference}/programme/{enrolmentId}/status")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  String changeStatus(
      @PathVariable String reference,
      @PathVariable long enrolmentId,
      @ModelAttribute("change") PlaceForms.StatusChange form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    // The service stops at the first problem; both missing answers are shown at once here.
    if (form.getStatus() == null && (form.getReason() == null || form.getReason().isBlank())) {
      errors.rejectValue("status", "invalid", words.say("programme.problem.selectHisNewStatus"));
      errors.rejectValue(
          "reason", "invalid", words.say("programme.problem.giveTheReasonForTheChange"));
    }
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          enrolments.changeStatus(
              reference, enrolmentId, form.getStatus(), form.getReason(), form.getVersion());
          return saved(redirect, "programme.saved.statusChanged", reference);
        },
        () -> show(reference, new PlaceForms.Place(), form, model));
  }

  private String saved(RedirectAttributes redirect, String key, String reference) {
    redirect.addFlashAttribute("saved", words.say(key));
    return "redirect:/cases/" + reference + "/programme";
  }

  private String show(
      String reference, PlaceForms.Place place, PlaceForms.StatusChange change, Model model) {
    CaseRef ref = referrals.open(reference);
    long areaId = ref.areaId();
    String areaCode = areas.byId(areaId).orElseThrow().code();
    LocalDate today = clock.today();
    List<PlaceView> places =
        enrolments.forCase(reference).stream()
            .map(
                e ->
                    new PlaceView(
                        e,
                        e.status() == EnrolmentStatus.WAITING
                            ? Math.max(0, ChronoUnit.DAYS.between(today, e.intakeOn()))
                            : null,
                        e.status().moves().stream().sorted().toList()))
            .toList();
    PlaceView live =
        places.stream().filter(p -> p.place().status().live()).findFirst().orElse(null);
    if (change == null) {
      change = new PlaceForms.StatusChange();
      if (live != null) {
        change.setVersion(live.place().version());
      }
    }
    List<GroupSummary> free =
        live != null
            ? List.of()
            : groups.groups().stream()
                .filter(g -> g.areaCode().equals(areaCode) && g.placesFree() > 0)
                .toList();
    Map<Long, NonAssociationKind> barred =
        free.isEmpty() ? Map.of() : nonAssociations.groupsBarredTo(ref);
    List<GroupSummary> open = free.stream().filter(g -> !barred.containsKey(g.id())).toList();
    List<NotOffered> notOffered =
        free.stream()
            .filter(g -> barred.containsKey(g.id()))
            .map(g -> new NotOffered(g, barred.get(g.id())))
            .toList();
    List<NonAssociation> holding =
        nonAssociations.forCase(reference).stream().filter(NonAssociation::live).toList();
    model.addAttribute("notOffered", notOffered);
    model.addAttribute("nonAssociationsHolding", holding.size());
    model.addAttribute("reference", reference);
    model.addAttribute("places", places);
    model.addAttribute("live", live);
    model.addAttribute("openGroups", open);
    model.addAttribute("place", place);
    model.addAttribute("change", change);
    model.addAttribute("canAct", GroupController.canAct(currentUsers.current()));
    return "programme/case-programme";
  }
}
