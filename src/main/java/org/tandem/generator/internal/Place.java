package org.tandem.generator.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One invented area: its code, name, share of the population, workers, his programme groups and the
 * women's groups. The lists of groups grow as the area opens more.
 */
public record Place(
    long id,
    String code,
    String name,
    int population,
    List<Group> groups,
    List<Group> womensGroups,
    String[] workers) {

  /** A rolling weekly group: sessions every week from its first, people joining as they come. */
  public record Group(long id, LocalDate firstSession, String facilitators) {}

  String intake() {
    return workers[0];
  }

  String perpetratorWorker() {
    return workers[1];
  }

  String partnerSupport() {
    return workers[2];
  }

  String childrensWorker() {
    return workers[3];
  }

  String manager() {
    return workers[4];
  }
}
