package org.tandem.partnersupport.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.partnersupport.HerEquality;
import org.tandem.web.VersionedForm;

/**
 * The equality monitoring page's form: one radio group per question, each with "Prefer not to say"
 * and "Not asked", so that an answer recorded by mistake can be taken back to not asked.
 */
public class EqualityForm extends VersionedForm {

  /** The radio that stands for no answer recorded. */
  static final String NOT_ASKED = "NOT_ASKED";

  /** Each question, as the form's field, with the answers it offers. */
  static final Map<String, List<String>> QUESTIONS = new LinkedHashMap<>();

  static {
    QUESTIONS.put("ethnicity", options(HerEquality.Ethnicity.values()));
    QUESTIONS.put("sex", options(HerEquality.Sex.values()));
    QUESTIONS.put("genderSameAsAtBirth", options(HerEquality.Answer.values()));
    QUESTIONS.put("sexualOrientation", options(HerEquality.SexualOrientation.values()));
    QUESTIONS.put("disability", options(HerEquality.Answer.values()));
    QUESTIONS.put("ageBand", options(HerEquality.AgeBand.values()));
  }

  private String ethnicity = NOT_ASKED;
  private String sex = NOT_ASKED;
  private String genderSameAsAtBirth = NOT_ASKED;
  private String sexualOrientation = NOT_ASKED;
  private String disability = NOT_ASKED;
  private String ageBand = NOT_ASKED;

  static EqualityForm of(HerEquality her) {
    EqualityForm form = new EqualityForm();
    form.ethnicity = name(her.ethnicity());
    form.sex = name(her.sex());
    form.genderSameAsAtBirth = name(her.genderSameAsAtBirth());
    form.sexualOrientation = name(her.sexualOrientation());
    form.disability = name(her.disability());
    form.ageBand = name(her.ageBand());
    form.setVersion(her.version());
    return form;
  }

  /** The fields whose value is none of the question's answers: only a changed page sends one. */
  List<String> unknownAnswers() {
    List<String> unknown = new ArrayList<>();
    Map<String, String> values = values();
    QUESTIONS.forEach(
        (field, options) -> {
          String v = values.get(field);
          if (v != null && !v.isEmpty() && !options.contains(v)) {
            unknown.add(field);
          }
        });
    return unknown;
  }

  /** The answers, once {@link #unknownAnswers} is empty. */
  HerEquality toAnswers() {
    return new HerEquality(
        answer(HerEquality.Ethnicity.class, ethnicity),
        answer(HerEquality.Sex.class, sex),
        answer(HerEquality.Answer.class, genderSameAsAtBirth),
        answer(HerEquality.SexualOrientation.class, sexualOrientation),
        answer(HerEquality.Answer.class, disability),
        answer(HerEquality.AgeBand.class, ageBand),
        versionRead());
  }

  private Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("ethnicity", ethnicity);
    v.put("sex", sex);
    v.put("genderSameAsAtBirth", genderSameAsAtBirth);
    v.put("sexualOrientation", sexualOrientation);
    v.put("disability", disability);
    v.put("ageBand", ageBand);
    return v;
  }

  private static List<String> options(Enum<?>[] answers) {
    List<String> options = new ArrayList<>();
    for (Enum<?> a : answers) {
      options.add(a.name());
    }
    options.add(NOT_ASKED);
    return List.copyOf(options);
  }

  private static String name(Enum<?> answer) {
    return answer == null ? NOT_ASKED : answer.name();
  }

  private static <E extends Enum<E>> E answer(Class<E> type, String value) {
    return value == null || value.isEmpty() || value.equals(NOT_ASKED)
        ? null
        : Enum.valueOf(type, value);
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(String ethnicity) {
    this.ethnicity = ethnicity;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getGenderSameAsAtBirth() {
    return genderSameAsAtBirth;
  }

  public void setGenderSameAsAtBirth(String genderSameAsAtBirth) {
    this.genderSameAsAtBirth = genderSameAsAtBirth;
  }

  public String getSexualOrientation() {
    return sexualOrientation;
  }

  public void setSexualOrientation(String sexualOrientation) {
    this.sexualOrientation = sexualOrientation;
  }

  public String getDisability() {
    return disability;
  }

  public void setDisability(String disability) {
    this.disability = disability;
  }

  public String getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(String ageBand) {
    this.ageBand = ageBand;
  }
}
