package org.tandem.access.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.tandem.access.Accounts;
import org.tandem.access.Area;
import org.tandem.access.Areas;
import org.tandem.access.CurrentUsers;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/** Validates and creates an area for the pages and the API alike. */
@Service
class AreaCreation {

  private final Areas areas;
  private final Accounts accounts;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final AccessWords words;

  AreaCreation(
      Areas areas,
      Accounts accounts,
      CurrentUsers currentUsers,
      Validation validation,
      AccessWords words) {
    this.areas = areas;
    this.accounts = accounts;
    this.currentUsers = currentUsers;
    this.validation = validation;
    this.words = words;
  }

  Area create(NewArea area) {
    validation.check(area);
    String code = area.code().strip().toUpperCase(java.util.Locale.ROOT);
    try {
      Long team = accounts.teamOf(currentUsers.current().id()).orElse(null);
      return areas.create(code, area.name().strip(), team);
    } catch (Areas.AreaCodeTakenException e) {
      throw new InvalidRequestException(
          List.of(words.problem("code", "access.problem.areaCodeTaken")));
    }
  }
}
