package org.tandem.access;

/**
 * An area's population and its adult women (women aged 16 and over), the denominators of the rates
 * commissioners compare across services, and where the figures come from; each null until a manager
 * or administrator records them. The version is the figures' own, for saving them again without
 * overwriting a change someone made meanwhile.
 */
public record AreaPopulation(
    Area area, Integer population, Integer adultWomen, String source, int version) {

  public boolean recorded() {
    return adultWomen != null;
  }
}
