package org.tandem.planner.internal;

/**
 * The two scenarios chosen for comparison, as the ids were sent: text, so that a choice that is
 * missing or not a number gets a message rather than a type error.
 */
class CompareForm {

  private String a;
  private String b;

  public String getA() {
    return a;
  }

  public void setA(String a) {
    this.a = a;
  }

  public String getB() {
    return b;
  }

  public void setB(String b) {
    this.b = b;
  }
}
