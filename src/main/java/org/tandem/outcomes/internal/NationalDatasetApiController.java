package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/** The anonymised national dataset for a national collector's systems. */
@ApiController(path = "/api/v1/outcomes", tag = "Outcomes")
class NationalDatasetApiController {

  private final NationalDataset dataset;
  private final DatasetFiles files;
  private final OutcomesWords words;

  NationalDatasetApiController(NationalDataset dataset, DatasetFiles files, OutcomesWords words) {
    this.dataset = dataset;
    this.files = files;
    this.words = words;
  }

  @GetMapping("/national-dataset")
  @PreAuthorize(Roles.MANAGER)
  // The rows are written to the response as they are read, so the method returns nothing; the
  // description says what the body is.
  @ApiResponse(
      responseCode = "200",
      description = "The dataset, streamed: CSV or JSON",
      content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/json")})
  @Operation(
      summary = "The anonymised national dataset: one coded row per case",
      description =
          "Service managers only (every other role, commissioners included, gets 403: they see"
              + " aggregates only). One row per case referred from 'from' to 'to' (both included,"
              + " YYYY-MM-DD) in the area with code 'area', or in every area the manager covers"
              + " when 'area' is left out; each case under a stable pseudonym, with coded values"
              + " only: no names, contact details, addresses, dates or free text. CSV for"
              + " format=csv or Accept: text/csv, otherwise JSON ({schemaVersion, generatedOn,"
              + " referredFrom, referredTo, rows}); format wins over Accept. The columns are"
              + " documented in docs/national-dataset.md and docs/national-dataset.schema.json."
              + " Each case exported is an audited read. 400 naming each invalid parameter; 404"
              + " for an area that does not exist or that the manager does not cover.")
  void export(
      @Parameter(description = "An area code, e.g. NMR; left out for every area you cover")
          @RequestParam(required = false)
          String area,
      @Parameter(description = "First referral date, YYYY-MM-DD") @RequestParam(required = false)
          String from,
      @Parameter(description = "Last referral date, YYYY-MM-DD") @RequestParam(required = false)
          String to,
      @Parameter(description = "csv or json; otherwise the Accept header decides")
          @RequestParam(required = false)
          String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate first = date(from, "from", problems);
    LocalDate last = date(to, "to", problems);
    DatasetFormat chosen = DatasetFormat.JSON;
    if (format != null) {
      chosen = DatasetFormat.named(format).orElse(null);
      if (chosen == null) {
        problems.add(words.problem("format", "dataset.problem.format"));
      }
    } else if (wantsCsv(accept)) {
      chosen = DatasetFormat.CSV;
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    DatasetFormat writeAs = chosen;
    dataset.export(
        area,
        first,
        last,
        heading -> {
          files
              .headers(writeAs, heading)
              .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
          return files.writer(writeAs, heading, outputOf(response));
        });
  }

  /**
   * The response's body, for rows written as they are read. Once the first bytes are sent the
   * answer is committed: everything that could make it a 4xx is checked before then.
   */
  static OutputStream outputOf(HttpServletResponse response) {
    try {
      return response.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LocalDate date(String typed, String field, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      problems.add(words.problem(field, "dataset.problem.api." + field + ".missing"));
      return null;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      problems.add(words.problem(field, "dataset.problem.api." + field + ".invalid"));
      return null;
    }
  }

  /**
   * CSV when the caller names text/csv and does not give JSON a higher quality; anything else,
   * wildcards included, gets JSON, the API's usual answer.
   */
  private static boolean wantsCsv(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    double csv = -1;
    double json = -1;
    try {
      for (MediaType type : MediaType.parseMediaTypes(accept)) {
        if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
          csv = Math.max(csv, type.getQualityValue());
        } else if (type.getType().equals("application") && type.getSubtype().equals("json")) {
          json = Math.max(json, type.getQualityValue());
        }
      }
    } catch (IllegalArgumentException e) {
      return false;
    }
    return csv > 0 && csv >= json;
  }
}
