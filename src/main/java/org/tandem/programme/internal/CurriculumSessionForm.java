package org.tandem.programme.internal;

import org.tandem.programme.CurriculumSession;
import org.tandem.programme.CurriculumSessionDetails;
import org.tandem.programme.ProgrammeWords;
import org.tandem.web.FormProblems;
import org.tandem.web.NumberInput;

/**
 * The form to add or change a curriculum session, holding exactly what was typed so that a mistake
 * is shown back as it was entered. Hours and position are kept as text and read here.
 */
public class CurriculumSessionForm {

  private String module;
  private String title;
  private Integer stage;
  private String hours;
  private String position;

  static CurriculumSessionForm of(CurriculumSession s) {
    CurriculumSessionForm form = new CurriculumSessionForm();
    form.module = s.module();
    form.title = s.title();
    form.stage = s.stage();
    form.hours = s.hours().stripTrailingZeros().toPlainString();
    form.position = String.valueOf(s.position());
    return form;
  }

  /** Notes what was typed but cannot be read. */
  FormProblems unreadable(FormProblems problems, ProgrammeWords words) {
    return problems
        .typed(
            "hours",
            !NumberInput.isBlank(hours) && NumberInput.decimal(hours) == null
                ? words.say("programme.problem.hoursNumber")
                : null)
        .number("position", position, words.say("programme.problem.positionWhole"));
  }

  CurriculumSessionDetails toDetails() {
    return new CurriculumSessionDetails(
        module, title, stage, NumberInput.decimal(hours), NumberInput.whole(position));
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getStage() {
    return stage;
  }

  public void setStage(Integer stage) {
    this.stage = stage;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }
}
