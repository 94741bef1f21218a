package org.tandem.planner.internal;

import org.tandem.web.VersionedForm;

/**
 * The population figures page's form: the figures as typed, with the version of them the manager
 * was shown.
 */
class FiguresForm extends VersionedForm {

  private String population;
  private String adultWomen;
  private String source;

  /** The form filled in with these figures, at the version they were read. */
  static FiguresForm of(String population, String adultWomen, String source, int version) {
    FiguresForm form = new FiguresForm();
    form.setPopulation(population);
    form.setAdultWomen(adultWomen);
    form.setSource(source);
    form.setVersion(version);
    return form;
  }

  /** What was typed, at the version read; a missing version is one no figures are at. */
  PopulationForm typed() {
    return new PopulationForm(population, adultWomen, source, versionRead());
  }

  public String getPopulation() {
    return population;
  }

  public void setPopulation(String population) {
    this.population = population;
  }

  public String getAdultWomen() {
    return adultWomen;
  }

  public void setAdultWomen(String adultWomen) {
    this.adultWomen = adultWomen;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
