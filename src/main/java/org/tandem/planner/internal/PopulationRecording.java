package org.tandem.planner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AreaPopulation;
import org.tandem.access.Areas;
import org.tandem.access.AuditLog;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.NumberInput;

/**
 * Validates and records an area's population figures for the page and the API alike. A save is made
 * from the version of the figures its maker read, and refused as an edit conflict when someone
 * saved others since, so two managers at work on one area never overwrite each other unknowingly;
 * each save is audited with the figures it replaced.
 */
@Service
class PopulationRecording {

  static final int MOST = 100_000_000;

  private final Areas areas;
  private final CurrentUsers users;
  private final PlannedPopulations planned;
  private final AuditLog audit;
  private final MessageSource messages;

  PopulationRecording(
      Areas areas,
      CurrentUsers users,
      PlannedPopulations planned,
      AuditLog audit,
      MessageSource messages) {
    this.areas = areas;
    this.users = users;
    this.planned = planned;
    this.audit = audit;
    this.messages = messages;
  }

  /** The areas whose figures the user may record: all for an administrator, else those covered. */
  List<AreaPopulation> mine() {
    CurrentUser me = users.current();
    return areas.populations().stream()
        .filter(p -> me.has(Role.SYSTEM_ADMINISTRATOR) || me.covers(p.area().id()))
        .toList();
  }

  /** The area with this code, answered as not found when the user may not record its figures. */
  AreaPopulation require(String code) {
    String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return mine().stream()
        .filter(p -> p.area().code().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(text("population.problem.noArea")));
  }

  /** The planner's figures for an area with none of its own, to offer; never used unasked. */
  Optional<PlannedPopulations.Planned> plannerOffer(AreaPopulation area) {
    return area.recorded() ? Optional.empty() : planned.latestFor(area.area().code());
  }

  @Transactional
  AreaPopulation record(String code, PopulationForm form) {
    AreaPopulation was = require(code);
    List<FieldProblem> problems = new ArrayList<>();
    Integer population = whole("population", form.population(), problems);
    Integer women = whole("adultWomen", form.adultWomen(), problems);
    if (population != null && women != null && women > population) {
      problems.add(problem("adultWomen", "population.problem.moreWomenThanPeople"));
    }
    String source = form.source() == null ? "" : form.source().strip();
    if (source.isEmpty()) {
      problems.add(problem("source", "population.problem.source"));
    } else if (source.length() > 200 || source.indexOf('\u0000') >= 0) {
      problems.add(problem("source", "population.problem.sourceLength"));
    }
    if (form.version() == null) {
      problems.add(problem("version", "population.problem.version"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    int version = form.version();
    // The figures read may be out of date already; if not, the update itself finds out whether
    // another save got in first, as the row lock orders saves that race.
    if (was.version() != version
        || !areas.recordPopulation(was.area().id(), population, women, source, version)) {
      throw new EditConflictException(text("population.what.figures"));
    }
    audit.record(
        AuditLog.Action.UPDATE,
        "population of area %s: %s people, %s adult women (%s), was %s, %s (%s)"
            .formatted(
                was.area().code(),
                population,
                women,
                source,
                was.population(),
                was.adultWomen(),
                was.source()),
        null);
    return new AreaPopulation(was.area(), population, women, source, version + 1);
  }

  private Integer whole(String field, String typed, List<FieldProblem> problems) {
    if (NumberInput.isBlank(typed)) {
      problems.add(problem(field, "population.problem." + field + ".missing"));
      return null;
    }
    Integer n = NumberInput.whole(typed.replace(",", ""));
    if (n == null || n < 1 || n > MOST) {
      problems.add(problem(field, "population.problem." + field + ".whole"));
      return null;
    }
    return n;
  }

  private FieldProblem problem(String field, String key) {
    return new FieldProblem(field, text(key));
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
