package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

  private static DateInput typed(String day, String month, String year) {
    DateInput d = new DateInput();
    d.setDay(day);
    d.setMonth(month);
    d.setYear(year);
    return d;
  }

  @Test
  void readsARealDate() {
    assertThat(typed("27", "3", "2026").toDate()).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(typed(" 1 ", "01", "2026").problem("The date")).isNull();
  }

  @Test
  void blankIsNoDateAndNoProblem() {
    assertThat(typed("", "", "").toDate()).isNull();
    assertThat(typed("", " ", "").problem("The date")).isNull();
  }

  @Test
  void aMissingPartIsNamed() {
    assertThat(typed("27", "", "2026").problem("The date of the referral"))
        .isEqualTo("The date of the referral must include a day, month and year");
  }

  @Test
  void anImpossibleDateIsNotReal() {
    assertThat(typed("31", "2", "2026").problem("The date"))
        .isEqualTo("The date must be a real date");
    assertThat(typed("1", "13", "2026").toDate()).isNull();
    assertThat(typed("1", "1", "26").problem("The date")).isEqualTo("The date must be a real date");
    assertThat(typed("x", "1", "2026").toDate()).isNull();
  }

  @Test
  void showsADateBackAsItsThreeBoxes() {
    DateInput d = DateInput.of(LocalDate.of(2026, 11, 5));
    assertThat(d.getDay()).isEqualTo("5");
    assertThat(d.getMonth()).isEqualTo("11");
    assertThat(d.getYear()).isEqualTo("2026");
    assertThat(DateInput.of(null).isBlank()).isTrue();
  }
}
