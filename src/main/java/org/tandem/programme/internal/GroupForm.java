package org.tandem.programme.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.tandem.programme.NewGroup;
import org.tandem.programme.ProgrammeWords;
import org.tandem.web.DateInput;
import org.tandem.web.FormProblems;
import org.tandem.web.NumberInput;

/**
 * The "Set up a group" page's form, holding exactly what was typed so that a mistake is shown back
 * as it was entered. Numbers and the time are kept as text and read here.
 */
public class GroupForm {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private Long areaId;
  private String name;
  private boolean individual;
  private String capacity = "12";
  private String intakeEveryWeeks = "6";
  private DateInput firstSessionOn = new DateInput();
  private String startsAt;
  private String venue;
  private String facilitators;
  private String absenceLimit = "3";
  private Long curriculumId;

  /**
   * Notes what was typed but cannot be read: such a value reaches the service as nothing, so the
   * page says what is wrong with what was typed instead.
   */
  FormProblems unreadable(FormProblems problems, ProgrammeWords words) {
    return problems
        .number("capacity", capacity, words.say("programme.problem.capacityWhole"))
        .number(
            "intakeEveryWeeks", intakeEveryWeeks, words.say("programme.problem.intakeWeeksWhole"))
        .date("firstSessionOn", firstSessionOn, words.say("programme.what.firstSessionDate"))
        .typed(
            "startsAt",
            !NumberInput.isBlank(startsAt) && time(startsAt) == null
                ? words.say("programme.problem.startTime")
                : null)
        .number("absenceLimit", absenceLimit, words.say("programme.problem.absenceLimitWhole"));
  }

  NewGroup toNewGroup() {
    return new NewGroup(
        areaId,
        name,
        individual,
        NumberInput.whole(capacity),
        NumberInput.whole(intakeEveryWeeks),
        firstSessionOn.toDate(),
        NumberInput.isBlank(startsAt) ? null : time(startsAt),
        venue,
        facilitators,
        NumberInput.whole(absenceLimit),
        curriculumId);
  }

  private static LocalTime time(String value) {
    try {
      return LocalTime.parse(value.strip().replace('.', ':'), TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isIndividual() {
    return individual;
  }

  public void setIndividual(boolean individual) {
    this.individual = individual;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }

  public String getIntakeEveryWeeks() {
    return intakeEveryWeeks;
  }

  public void setIntakeEveryWeeks(String intakeEveryWeeks) {
    this.intakeEveryWeeks = intakeEveryWeeks;
  }

  public DateInput getFirstSessionOn() {
    return firstSessionOn;
  }

  public void setFirstSessionOn(DateInput firstSessionOn) {
    this.firstSessionOn = firstSessionOn;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(String startsAt) {
    this.startsAt = startsAt;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getFacilitators() {
    return facilitators;
  }

  public void setFacilitators(String facilitators) {
    this.facilitators = facilitators;
  }

  public String getAbsenceLimit() {
    return absenceLimit;
  }

  public void setAbsenceLimit(String absenceLimit) {
    this.absenceLimit = absenceLimit;
  }

  public Long getCurriculumId() {
    return curriculumId;
  }

  public void setCurriculumId(Long curriculumId) {
    this.curriculumId = curriculumId;
  }
}
