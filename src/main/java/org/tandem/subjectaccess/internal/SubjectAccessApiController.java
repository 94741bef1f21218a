package org.tandem.subjectaccess.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.Downloads;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.PostCreates;

/** Subject access through the API, for service managers only. */
@ApiController(path = "/api/v1/subject-access", tag = "Subject access")
class SubjectAccessApiController {

  /** A request as the API takes it; only the case and the subject are required. */
  record RequestBodyJson(
      String caseReference,
      String subject,
      Disclosure.RequestedBy requestedBy,
      LocalDate receivedOn,
      String requester) {}

  /** The release of a reviewed disclosure, at the version read. */
  record Release(Integer version) {}

  private final SubjectAccessService service;
  private final SubjectAccessWords words;

  SubjectAccessApiController(SubjectAccessService service, SubjectAccessWords words) {
    this.service = service;
    this.words = words;
  }

  @PostCreates
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Prepare a subject access disclosure for one person on a case",
      description =
          "Service managers only. Body: {\"case\": REF, \"subject\": \"man\" | \"partner:ID\" |"
              + " \"child:ID\"}, and optionally requestedBy (SELF, PARENT for a child,"
              + " REPRESENTATIVE), receivedOn (default today) and requester (who asked, up to 300"
              + " characters). 201 with the disclosure's id. 400 naming the field for a subject"
              + " that is not a person on the case; 404 for a case outside the caller's areas.")
  ResponseEntity<Created> prepare(@RequestBody Map<String, Object> body) {
    RequestBodyJson json = read(body);
    long id =
        service.prepare(
            new NewRequest(
                json.caseReference(),
                json.subject(),
                json.requestedBy(),
                json.receivedOn(),
                json.requester()));
    return Created.id(id, "/api/v1/subject-access/{id}", id);
  }

  @GetMapping("/{id}")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "A disclosure with its bundle, as JSON or (format=pdf) as a PDF",
      description =
          "The bundle is everything held about the person, made from the record now; sha256 is"
              + " its hash, and once released matchesRelease says whether it is still the bundle"
              + " released. Notes marked restricted are listed in withheldForReview (date, author,"
              + " kind), never released. Documents are listed; their files are supplied"
              + " separately. Reading is audited.")
  ResponseEntity<?> disclosure(
      @PathVariable long id, @RequestParam(defaultValue = "json") String format) {
    if (format.equals("pdf")) {
      return Downloads.attachment(
          service.pdf(id), MediaType.APPLICATION_PDF, "subject-access-" + id + ".pdf");
    }
    if (!format.equals("json")) {
      throw new InvalidRequestException(
          List.of(words.problem("format", "subjectaccess.problem.format")));
    }
    return ResponseEntity.ok(json(service.view(id)));
  }

  @PostMapping("/{id}/release")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Release a reviewed disclosure",
      description =
          "Body {\"version\": N}, the version read. Records who released it, when, its sections"
              + " and the SHA-256 of the bundle released. 409 if it was released or changed"
              + " since.")
  ResponseEntity<Map<String, Object>> release(@PathVariable long id, @RequestBody Release body) {
    if (body == null || body.version() == null) {
      throw new InvalidRequestException(
          List.of(words.problem("version", "subjectaccess.problem.version")));
    }
    service.release(id, body.version());
    return ResponseEntity.ok(json(service.view(id)));
  }

  private RequestBodyJson read(Map<String, Object> body) {
    Map<String, Object> b = body == null ? Map.of() : body;
    Disclosure.RequestedBy by = null;
    LocalDate received = null;
    java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
    try {
      by =
          b.get("requestedBy") == null
              ? null
              : Disclosure.RequestedBy.valueOf(text(b, "requestedBy"));
    } catch (IllegalArgumentException e) {
      problems.add(words.problem("requestedBy", "subjectaccess.problem.requestedByCode"));
    }
    try {
      received = b.get("receivedOn") == null ? null : LocalDate.parse(text(b, "receivedOn"));
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(words.problem("receivedOn", "subjectaccess.problem.receivedOnIso"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new RequestBodyJson(
        text(b, "case"), text(b, "subject"), by, received, text(b, "requester"));
  }

  private static String text(Map<String, Object> body, String key) {
    Object value = body.get(key);
    return value == null ? null : value.toString();
  }

  static Map<String, Object> json(SubjectAccessService.View view) {
    Disclosure d = view.disclosure();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", d.id());
    json.put("case", d.reference());
    json.put("subject", d.subject().code());
    json.put("requestedBy", d.requestedBy());
    json.put("receivedOn", d.receivedOn());
    json.put("requester", d.requester());
    json.put("preparedBy", d.preparedBy());
    json.put("preparedAt", d.preparedAt());
    json.put("released", d.released());
    json.put("releasedBy", d.releasedBy());
    json.put("releasedAt", d.releasedAt());
    json.put("releasedSha256", d.releasedSha256());
    json.put("version", d.version());
    json.put("sha256", view.sha256());
    json.put("matchesRelease", view.matchesRelease());
    json.put("documentsSuppliedSeparately", true);
    json.put("withheldForReview", view.withheld());
    json.put("bundle", view.bundle());
    return json;
  }
}
