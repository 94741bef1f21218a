package org.tandem.womensgroups.internal;

import org.tandem.web.DateInput;
import org.tandem.web.FormProblems;
import org.tandem.web.NumberInput;
import org.tandem.womensgroups.WomensGroupWords;
import org.tandem.womensgroups.WomensGroups.NewGroup;

/** The "Set up a women's group" form, holding exactly what was typed. */
public class WomensGroupForm {

  private Long areaId;
  private String name;
  private String venue;
  private String meets;
  private DateInput startsOn = new DateInput();
  private String capacity = "12";

  /** Notes what was typed but cannot be read. */
  FormProblems unreadable(FormProblems problems, WomensGroupWords words) {
    return problems
        .number("capacity", capacity, words.say("womensgroups.problem.capacityWhole"))
        .date("startsOn", startsOn, words.say("womensgroups.problem.what.startsOn"));
  }

  NewGroup toNewGroup() {
    return new NewGroup(areaId, name, venue, meets, startsOn.toDate(), NumberInput.whole(capacity));
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getMeets() {
    return meets;
  }

  public void setMeets(String meets) {
    this.meets = meets;
  }

  public DateInput getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(DateInput startsOn) {
    this.startsOn = startsOn;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }
}
