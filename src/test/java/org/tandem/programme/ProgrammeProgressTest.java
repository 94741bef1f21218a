package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ProgrammeProgressTest {

  /** The default curriculum's shape: 32 sessions of 1.875 hours, the first 11 stage 1. */
  static List<CurriculumSession> defaultShape() {
    List<CurriculumSession> sessions = new ArrayList<>();
    for (int p = 1; p <= 32; p++) {
      sessions.add(
          new CurriculumSession(
              p,
              p,
              p <= 11 ? "Stage one" : "Stage two",
              "Session " + p,
              p <= 11 ? 1 : 2,
              new BigDecimal("1.875")));
    }
    return sessions;
  }

  private static List<Long> ids(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  @Test
  void hoursAddUpFromTheSessionsAttended() {
    ProgrammeProgress p = ProgrammeProgress.of(defaultShape(), ids(1, 4));
    assertThat(p.hoursCompleted()).isEqualByComparingTo("7.5");
    assertThat(p.hoursInCurriculum()).isEqualByComparingTo("60");
    assertThat(p.done()).hasSize(4);
    assertThat(p.needed()).hasSize(28);
  }

  @Test
  void aSessionCountsOnceHoweverOftenHeAttendsIt() {
    ProgrammeProgress p = ProgrammeProgress.of(defaultShape(), List.of(1L, 1L, 2L));
    assertThat(p.hoursCompleted()).isEqualByComparingTo("3.75");
  }

  @Test
  void stageOneIsCompleteOnlyWithEveryStageOneSession() {
    assertThat(ProgrammeProgress.of(defaultShape(), ids(1, 10)).stageOneComplete()).isFalse();
    assertThat(ProgrammeProgress.of(defaultShape(), ids(1, 11)).stageOneComplete()).isTrue();
    List<Long> allButOneOfStageOne = new ArrayList<>(ids(2, 32));
    assertThat(ProgrammeProgress.of(defaultShape(), allButOneOfStageOne).stageOneComplete())
        .isFalse();
  }

  @Test
  void sixtyHoursNeedsTheWholeCurriculum() {
    ProgrammeProgress thirtyOne = ProgrammeProgress.of(defaultShape(), ids(1, 31));
    assertThat(thirtyOne.hoursCompleted()).isEqualByComparingTo("58.125");
    assertThat(thirtyOne.sixtyHoursComplete()).isFalse();
    ProgrammeProgress all = ProgrammeProgress.of(defaultShape(), ids(1, 32));
    assertThat(all.hoursCompleted()).isEqualByComparingTo("60");
    assertThat(all.sixtyHoursComplete()).isTrue();
    assertThat(all.needed()).isEmpty();
  }

  @Test
  void whatHeStillNeedsIsInCurriculumOrder() {
    ProgrammeProgress p = ProgrammeProgress.of(defaultShape(), ids(1, 11));
    assertThat(p.needed().get(0).position()).isEqualTo(12);
    assertThat(p.modulesNeeded()).containsExactly("Stage two");
  }
}
