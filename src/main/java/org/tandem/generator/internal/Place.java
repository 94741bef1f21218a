package org.tandem.generator.internal;

import java.time.LocalDate;
import java.util.List;

/** One invented area: its code, name, share of the population, workers and weekly groups. */
public record Place(
    long id, String code, String name, int population, List<Group> groups, String[] workers) {

  /** A rolling weekly group: sessions every week from its first, new men every six weeks. */
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
