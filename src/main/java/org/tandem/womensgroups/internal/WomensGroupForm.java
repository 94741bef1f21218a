package org.tandem.womensgroups.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.web.DateInput;
import org.tandem.womensgroups.WomensGroups.NewGroup;

/** The "Set up a women's group" form, holding exactly what was typed. */
public class WomensGroupForm {

  private Long areaId;
  private String name;
  private String venue;
  private String meets;
  private DateInput startsOn = new DateInput();
  private String capacity = "12";

  /** What was typed but cannot be read, by field. */
  Map<String, String> unreadable() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (capacity != null && !capacity.isBlank() && number(capacity) == null) {
      problems.put("capacity", "How many women the group takes must be a whole number, like 12");
    }
    String date = startsOn.problem("The date of the first meeting");
    if (date != null) {
      problems.put("startsOn", date);
    }
    return problems;
  }

  NewGroup toNewGroup() {
    return new NewGroup(areaId, name, venue, meets, startsOn.toDate(), number(capacity));
  }

  private static Integer number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
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
