package org.tandem.access;

/**
 * An area's population and its adult women (women aged 16 and over), the denominators of the rates
 * commissioners compare across services, and where the figures come from; each null until a manager
 * or administrator records them.
 */
public record AreaPopulation(Area area, Integer population, Integer adultWomen, String source) {

  public boolean recorded() {
    return adultWomen != null;
  }
}
