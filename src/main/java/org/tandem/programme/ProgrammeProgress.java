package org.tandem.programme;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a man has done of the curriculum and what he still needs. A curriculum session counts once,
 * however often he attends it; stage 1 is complete when he has attended every stage-1 session.
 */
public record ProgrammeProgress(
    BigDecimal hoursCompleted,
    BigDecimal hoursInCurriculum,
    boolean stageOneComplete,
    boolean sixtyHoursComplete,
    List<CurriculumSession> done,
    List<CurriculumSession> needed) {

  public static final BigDecimal SIXTY_HOURS = BigDecimal.valueOf(60);

  /**
   * Progress through {@code curriculum}, given the curriculum session ids he attended (or was late
   * for).
   */
  public static ProgrammeProgress of(
      List<CurriculumSession> curriculum, Collection<Long> attendedSessionIds) {
    Set<Long> attended = Set.copyOf(attendedSessionIds);
    List<CurriculumSession> done =
        curriculum.stream().filter(s -> attended.contains(s.id())).toList();
    List<CurriculumSession> needed =
        curriculum.stream().filter(s -> !attended.contains(s.id())).toList();
    BigDecimal hours = sum(done);
    BigDecimal total = sum(curriculum);
    boolean stageOne =
        curriculum.stream().filter(s -> s.stage() == 1).allMatch(s -> attended.contains(s.id()))
            && curriculum.stream().anyMatch(s -> s.stage() == 1);
    BigDecimal target = total.min(SIXTY_HOURS);
    return new ProgrammeProgress(
        hours, total, stageOne, hours.compareTo(target) >= 0 && hours.signum() > 0, done, needed);
  }

  private static BigDecimal sum(List<CurriculumSession> sessions) {
    return sessions.stream().map(CurriculumSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The modules he still needs, in curriculum order. */
  public Set<String> modulesNeeded() {
    return needed.stream()
        .map(CurriculumSession::module)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
