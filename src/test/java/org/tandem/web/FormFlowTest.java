package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormFlowTest {

  /** A form as a page holds it: a date and a number kept as typed. */
  public static class Form extends VersionedForm {
    private DateInput heldOn = new DateInput();
    private String minutes;

    public DateInput getHeldOn() {
      return heldOn;
    }

    public String getMinutes() {
      return minutes;
    }
  }

  private final Form form = new Form();
  private final BindingResult errors = new BeanPropertyBindingResult(form, "form");
  private final ExtendedModelMap model = new ExtendedModelMap();

  FormFlowTest() {
    form.heldOn.setDay("31");
    form.heldOn.setMonth("2");
    form.heldOn.setYear("2026");
    form.minutes = "ninety";
  }

  private FormProblems problems() {
    return new FormProblems(errors)
        .date("heldOn", form.heldOn, "The date")
        .number("minutes", form.minutes, "Enter the minutes as a number");
  }

  @Test
  void whatWasTypedIsShownInPlaceOfTheServicesProblem() {
    String page =
        FormFlow.submit(
            problems(),
            model,
            () -> {
              throw new InvalidRequestException(
                  List.of(
                      new FieldProblem("heldOn", "Enter the date"),
                      new FieldProblem("heldOn", "Enter the date again"),
                      new FieldProblem("", "Send the version")));
            },
            () -> "form");

    assertThat(page).isEqualTo("form");
    assertThat(errors.getFieldErrors("heldOn"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getDefaultMessage()).isEqualTo("The date must be a real date"));
    assertThat(errors.getFieldError("minutes").getDefaultMessage())
        .isEqualTo("Enter the minutes as a number");
    assertThat(errors.getFieldError("version").getDefaultMessage()).isEqualTo("Send the version");
  }

  @Test
  void whileSomethingTypedCannotBeReadNothingIsSavedAndTheRulesFindTheRest() {
    String page =
        FormFlow.submit(
            problems().checkedBy(() -> List.of(new FieldProblem("version", "Send the version"))),
            model,
            () -> "redirect:/saved",
            () -> "form");

    assertThat(page).isEqualTo("form");
    assertThat(errors.getFieldErrorCount()).isEqualTo(3);
  }

  @Test
  void aConflictIsSaidOnThePage() {
    String page =
        FormFlow.submit(
            new FormProblems(errors),
            model,
            () -> {
              throw new EditConflictException("The record");
            },
            () -> "form");

    assertThat(page).isEqualTo("form");
    assertThat(model.get("conflict")).isEqualTo(true);
    assertThat(form.versionRead()).isEqualTo(-1);
  }
}
