package org.tandem.programme.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.programme.CurriculumSession;
import org.tandem.programme.CurriculumSessionDetails;

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

  /** What was typed but cannot be read, by field. */
  Map<String, String> unreadable() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (!blank(hours) && decimal(hours) == null) {
      problems.put("hours", "Hours must be a number, like 1.875");
    }
    if (!blank(position) && whole(position) == null) {
      problems.put("position", "The position must be a whole number, like 3");
    }
    return problems;
  }

  CurriculumSessionDetails toDetails() {
    return new CurriculumSessionDetails(
        module, title, stage, blank(hours) ? null : decimal(hours), whole(position));
  }

  private static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer whole(String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
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
