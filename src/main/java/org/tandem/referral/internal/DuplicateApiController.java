package org.tandem.referral.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.referral.PossibleDuplicates;
import org.tandem.web.ApiController;

/** Search before create, for a referrer's or provider's system: is this man already known? */
@ApiController(path = "/api/v1", tag = "Referrals and cases")
class DuplicateApiController {

  private final PossibleDuplicates duplicates;

  DuplicateApiController(PossibleDuplicates duplicates) {
    this.duplicates = duplicates;
  }

  /** The matches, best first. */
  record Matches(List<PossibleDuplicates.Match> matches) {}

  @GetMapping("/referrals/possible-duplicates")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Earlier cases that may be the man a new referral names",
      description =
          "Within the caller's areas: a name like his (tolerant of spelling), his date of birth,"
              + " or the last ten digits of his phone. Each match says what it has alike (NAME,"
              + " DATE_OF_BIRTH, PHONE) and is LIKELY with two of them, POSSIBLE with one; at most"
              + " 10, likeliest first. 400 when none of family name, date of birth or a phone of"
              + " at least 10 digits is given.")
  Matches possibleDuplicates(
      @Parameter(description = "his given name") @RequestParam(required = false) String givenName,
      @Parameter(description = "his family name") @RequestParam(required = false) String familyName,
      @Parameter(description = "his date of birth, YYYY-MM-DD") @RequestParam(required = false)
          LocalDate dateOfBirth,
      @Parameter(description = "his phone number, in any format") @RequestParam(required = false)
          String phone) {
    return new Matches(
        duplicates.find(new PossibleDuplicates.Query(givenName, familyName, dateOfBirth, phone)));
  }
}
