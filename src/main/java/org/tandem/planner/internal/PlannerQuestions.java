package org.tandem.planner.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.tandem.planner.Assumptions;
import org.tandem.planner.BudgetLine;
import org.tandem.web.FieldIds;

/**
 * The planner's questions, each with its label, hint, what was typed and its problem, worked out
 * once for the page. The planner asks some fifty questions: through the generic field fragment each
 * cost two fragment calls and three bindings, which made the planner the costliest page to render
 * for what it reads. The page is the same: GOV.UK text inputs whose ids follow the field's path, a
 * problem beside its field, and what was typed kept.
 */
record PlannerQuestions(List<AreaRow> areas, List<Fieldset> assumptions) {

  /** One text input: its field's path and id, and its input's width class (or none). */
  record Question(
      String path, String id, String label, String hint, String value, String error, String width) {

    public boolean bad() {
      return error != null;
    }

    public String groupClasses() {
      return bad() ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
    }

    /** The classes of the input: its width, and the error style when it has a problem. */
    public String inputClasses() {
      return "govuk-input"
          + (width == null ? "" : " " + width)
          + (bad() ? " govuk-input--error" : "");
    }

    /** The hint and the error, by id, or nothing when there are neither. */
    public String describedBy() {
      String both = ((hint != null ? id + "-hint " : "") + (bad() ? id + "-error" : "")).trim();
      return both.isEmpty() ? null : both;
    }
  }

  /** One row of areas: a name, population, adult women and the Tandem area it is compared with. */
  record AreaRow(
      String legend, Question name, Question population, Question adultWomen, Question tandemArea) {

    /** The row's text inputs, in order. */
    public List<Question> texts() {
      return List.of(name, population, adultWomen);
    }
  }

  /** A group of assumptions under one legend. */
  record Fieldset(String legend, List<Question> questions) {}

  static PlannerQuestions of(BindingResult form, MessageSource messages, Locale locale) {
    return new Builder(form, messages, locale).build();
  }

  private static final class Builder {
    private final BindingResult form;
    private final MessageSource messages;
    private final Locale locale;

    Builder(BindingResult form, MessageSource messages, Locale locale) {
      this.form = form;
      this.messages = messages;
      this.locale = locale;
    }

    PlannerQuestions build() {
      return new PlannerQuestions(areas(), assumptions());
    }

    private List<AreaRow> areas() {
      Object rows = form.getFieldValue("areas");
      int count = rows instanceof List<?> list ? list.size() : 0;
      List<AreaRow> areas = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String at = "areas[" + i + "].";
        String number = Integer.toString(i + 1);
        areas.add(
            new AreaRow(
                i > 0
                    ? text("planner.inputs.areaOptional", number)
                    : text("planner.inputs.area", number),
                question(at + "name", text("planner.inputs.name"), null, null),
                question(at + "population", text("planner.inputs.population"), null, null),
                question(at + "adultWomen", text("planner.inputs.womenAged16And"), null, null),
                question(
                    at + "tandemArea", text("planner.inputs.compareWithTandemArea"), null, null)));
      }
      return areas;
    }

    private List<Fieldset> assumptions() {
      List<Fieldset> sets = new ArrayList<>();
      sets.add(
          new Fieldset(
              text("planner.inputs.needAndTheCost"),
              List.of(
                  sized("prevalencePercent", "adultWomenExperiencingDomestic", "published626In", 5),
                  sized(
                      "nationalPopulation", "nationalPopulationTheCosts", "published59600000", 10),
                  sized(
                      "costCriminalJusticeMillions",
                      "nationalCostToCriminal",
                      "published1017Walby",
                      5),
                  sized("costHealthCareMillions", "nationalCostToHealth", "published1396", 5),
                  sized("costSocialServicesMillions", "nationalCostToSocial", "published228", 5),
                  sized(
                      "costEmergencyHousingMillions", "nationalCostOfEmergency", "published158", 5),
                  sized("costCivilLegalMillions", "nationalCostOfCivil", "published312", 5),
                  sized(
                      "costLostOutputMillions",
                      "nationalLostEconomicOutput",
                      "published2672",
                      5))));
      sets.add(
          new Fieldset(
              text("planner.inputs.demandStaffAndGroups"),
              List.of(
                  sized(
                      "populationPerHundredReferrals",
                      "populationThatGives100",
                      "published150000To",
                      10),
                  sized("referralsPerWorker", "referralsAYearOne", "publishedAtLeast100", 5),
                  sized("programmeSharePercent", "referralsWhoGoThrough", "publishedAtLeast50", 5),
                  sized("menPerGroupPerYear", "menAWeeklyGroup", "publishedTwoGroupsA", 5),
                  sized("groupSize", "menInAGroup", "publishedAbout12", 5))));
      sets.add(
          new Fieldset(
              text("planner.inputs.partnersIdvasAndMaracs"),
              List.of(
                  sized("partnersPerReferral", "partnersAndExPartners", "assumed1", 5),
                  sized("partnerContactPercent", "partnersTheServiceReaches", "published80", 5),
                  sized("partnerTakeUpPercent", "partnersWhoTakeUp", "published60", 5),
                  sized("idvasPerHundredThousandWomen", "idvasPer100000", "published4", 5),
                  sized("maracsPerHundredThousandWomen", "maracsPer100000", "published1", 5))));
      List<Question> budget = new ArrayList<>();
      NumberFormat pounds = NumberFormat.getIntegerInstance(locale);
      List<BudgetLine> lines = Assumptions.PUBLISHED_BUDGET;
      for (int i = 0; i < lines.size(); i++) {
        BudgetLine line = lines.get(i);
        // The published budget's lines, named in the user's language by their place in it.
        String name = text("planner.budgetLine." + i);
        String label = line.firstYearOnly() ? text("planner.inputs.firstYearOnly", name) : name;
        String hint = text("planner.inputs.publishedPounds", pounds.format(line.pounds()));
        budget.add(question("budget[" + i + "]", label, hint, "govuk-input--width-10"));
      }
      budget.add(sized("overheadPercent", "generalOverheadsOfThe", "published10", 5));
      sets.add(new Fieldset(text("planner.inputs.firstYearBudgetOf"), budget));
      sets.add(
          new Fieldset(
              text("planner.inputs.returnOnInvestment"),
              List.of(
                  sized("savingPerMan", "savingToThePublic", "published63937", 10),
                  sized("savingPerPartner", "savingPerPartnerOr", "published35058", 10),
                  sized("savingPerChild", "savingPerChild", "published1172", 10),
                  sized("childrenPerMan", "childrenInTheFamily", "notPublishedSetIt", 5))));
      return sets;
    }

    private Question sized(String path, String label, String hint, int width) {
      return question(
          path,
          text("planner.inputs." + label),
          text("planner.inputs." + hint),
          "govuk-input--width-" + width);
    }

    private Question question(String path, String label, String hint, String width) {
      Object value = form.getFieldValue(path);
      String error =
          form.getFieldErrors(path).stream()
              .map(e -> messages.getMessage(e, locale))
              .collect(
                  Collectors.collectingAndThen(
                      Collectors.joining(". "), joined -> joined.isEmpty() ? null : joined));
      return new Question(
          path,
          FieldIds.idOf(path),
          label,
          hint,
          value == null ? null : value.toString(),
          error,
          width);
    }

    private String text(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }
  }
}
