package org.tandem.planner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.planner.PlannerForm;
import org.tandem.planner.PlannerInputs;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;

/**
 * Saving, listing and comparing named scenarios. A name is how a commissioner finds a scenario
 * again, so it must be given, fit the list, and not be taken (in any capitals).
 */
@Service
class Scenarios {

  static final int NAME_MAX = 120;

  /** The most scenarios offered for comparison; more than this is beyond choosing by eye. */
  static final int CHOICES = 500;

  private final ScenarioStore store;
  private final PlannerWork planner;
  private final AuditLog audit;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;
  private final PlannerMessages messages;

  Scenarios(
      ScenarioStore store,
      PlannerWork planner,
      AuditLog audit,
      CurrentUsers currentUsers,
      ServiceClock clock,
      PlannerMessages messages) {
    this.messages = messages;
    this.store = store;
    this.planner = planner;
    this.audit = audit;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  /** The planner's own rule for linking a row to a Tandem area, so a scenario saves no other. */
  List<FieldProblem> tandemAreaProblems(PlannerForm form, String prefix) {
    return planner.tandemAreaProblems(form, prefix);
  }

  /** What is wrong with a name, against the field {@code field}; empty if it can be saved. */
  List<FieldProblem> nameProblems(String name, String field) {
    return nameProblems(name, field, null);
  }

  /**
   * As {@link #nameProblems(String, String)}, for renaming {@code renaming}: its own name is free.
   */
  List<FieldProblem> nameProblems(String name, String field, Long renaming) {
    List<FieldProblem> problems = new ArrayList<>();
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      problems.add(new FieldProblem(field, messages.say("planner.problem.scenarioName")));
    } else if (n.length() > NAME_MAX) {
      problems.add(
          new FieldProblem(field, messages.say("planner.problem.scenarioNameLong", NAME_MAX)));
    } else if (n.chars().anyMatch(Character::isISOControl)) {
      problems.add(new FieldProblem(field, messages.say("planner.problem.scenarioNameControl")));
    } else if (renaming == null ? store.nameTaken(n) : store.nameTakenByAnother(n, renaming)) {
      problems.add(new FieldProblem(field, taken()));
    }
    return problems;
  }

  /**
   * Saves the inputs under the name. Throws {@link InvalidRequestException} naming {@code field} if
   * the name cannot be used, including when someone else took it a moment ago.
   */
  @Transactional
  Scenario save(String name, PlannerInputs inputs, String field) {
    List<FieldProblem> problems = nameProblems(name, field);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long id;
    try {
      id = store.insert(name.strip(), inputs, currentUsers.current().username(), clock.now());
    } catch (DuplicateKeyException e) {
      throw new InvalidRequestException(List.of(new FieldProblem(field, taken())));
    }
    // Scenarios hold no case data, so no case is named; the entry keeps the trail complete.
    audit.record(AuditLog.Action.CREATE, "planner scenario saved", null);
    return get(id);
  }

  /**
   * A scenario the user may rename or delete: one they could have saved, so set against no Tandem
   * area they do not cover. Another area's scenario is not found, as another area's case is not.
   */
  Scenario manageable(long id) {
    Scenario s = get(id);
    if (!planner.coversEveryLink(s.inputs())) {
      throw notFound(id);
    }
    return s;
  }

  /**
   * Renames the scenario if nobody changed it since {@code version} was read. Throws {@link
   * InvalidRequestException} naming {@code field} for a name that cannot be used, and {@link
   * EditConflictException} if it was changed meanwhile.
   */
  @Transactional
  Scenario rename(long id, int version, String name, String field) {
    Scenario s = manageable(id);
    if (s.version() != version) {
      throw new EditConflictException("This scenario", Languages.ENGLISH);
    }
    List<FieldProblem> problems = nameProblems(name, field, id);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    boolean renamed;
    try {
      renamed =
          store.rename(id, version, name.strip(), currentUsers.current().username(), clock.now());
    } catch (DuplicateKeyException e) {
      throw new InvalidRequestException(List.of(new FieldProblem(field, taken())));
    }
    if (!renamed) {
      throw new EditConflictException("This scenario", Languages.ENGLISH);
    }
    audit.record(AuditLog.Action.UPDATE, "planner scenario " + id + " renamed", null);
    return get(id);
  }

  /** Deletes the scenario, answering it as it was (for its name). */
  @Transactional
  Scenario delete(long id) {
    Scenario s = manageable(id);
    if (!store.delete(id)) {
      throw notFound(id);
    }
    // The audit trail has no action of its own for a deletion; an update that says so keeps it
    // whole.
    audit.record(AuditLog.Action.DELETE, "planner scenario " + id + " deleted", null);
    return s;
  }

  Scenario get(long id) {
    return store.find(id).map(Scenarios::withPlan).orElseThrow(() -> notFound(id));
  }

  private NotFoundException notFound(long id) {
    return new NotFoundException(messages.say("planner.problem.noScenario", String.valueOf(id)));
  }

  /** A page of scenarios, newest first; {@code page} counts from 0. */
  ScenarioPage page(int page, int size) {
    Paging paging = new Paging(page, size);
    long total = store.count();
    Set<String> covered = planner.coveredCodes();
    List<ScenarioSummary> items =
        store.page(paging.offset(), paging.size()).stream()
            .map(Scenarios::withPlan)
            .map(x -> ScenarioSummary.of(x, PlannerWork.everyLinkIn(x.inputs(), covered)))
            .toList();
    return new ScenarioPage(items, paging.page(), paging.size(), total);
  }

  List<ScenarioStore.Choice> choices() {
    return store.choices(CHOICES);
  }

  ScenarioComparison compare(long a, long b) {
    return ScenarioComparison.of(get(a), get(b)).named();
  }

  private static Scenario withPlan(ScenarioStore.Stored s) {
    return new Scenario(
        s.id(),
        s.name(),
        s.createdBy(),
        s.createdAt(),
        s.updatedBy(),
        s.updatedAt(),
        s.version(),
        s.inputs(),
        s.inputs().plan());
  }

  private String taken() {
    return messages.say("planner.problem.scenarioNameTaken");
  }
}
