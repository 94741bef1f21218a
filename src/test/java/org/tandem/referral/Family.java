package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * A case referred through the API by a test area's intake worker, as a handle for what a test does
 * next with the family: the case's reference, the ids of the women and children the referral named
 * (in the order it named them), and triage. The other features' builders take a family: {@code
 * AGroup}, {@code PartnerWork}, {@code ChildWork}, {@code Viability}.
 */
public final class Family {

  private final TestApi api;
  private final TestArea area;
  private final String reference;
  private final LocalDate referredOn;
  private final List<Long> partners;
  private final List<Long> children;

  private Family(
      TestApi api,
      TestArea area,
      String reference,
      LocalDate referredOn,
      List<Long> partners,
      List<Long> children) {
    this.api = api;
    this.area = area;
    this.reference = reference;
    this.referredOn = referredOn;
    this.partners = partners;
    this.children = children;
  }

  /** Sends the referral as the area's intake worker and reads back whom it named. */
  public static Family referred(TestApi api, TestArea area, AReferral referral) {
    String reference =
        api.created(area.token(Role.INTAKE), "/api/v1/referrals", referral.json())
            .get("reference")
            .asString();
    assertThat(reference).startsWith(area.code() + "-");
    List<Long> partners = new ArrayList<>();
    api.read(area.token(Role.SERVICE_MANAGER), "/api/v1/cases/" + reference)
        .get("partners")
        .forEach(p -> partners.add(p.get("id").asLong()));
    List<Long> children = new ArrayList<>();
    api.read(area.token(Role.CHILDRENS_WORKER), "/api/v1/cases/" + reference + "/children")
        .get("children")
        .forEach(c -> children.add(c.get("id").asLong()));
    return new Family(
        api, area, reference, referral.referredOn(), List.copyOf(partners), List.copyOf(children));
  }

  public String reference() {
    return reference;
  }

  public TestArea area() {
    return area;
  }

  public TestApi api() {
    return api;
  }

  public LocalDate referredOn() {
    return referredOn;
  }

  /** The id of the woman named at this place in the referral, from 0. */
  public long partner(int index) {
    return partners.get(index);
  }

  /** The ids of the women the referral named, in its order. */
  public List<Long> partners() {
    return partners;
  }

  /** The id of the child named at this place in the referral, from 0. */
  public long child(int index) {
    return children.get(index);
  }

  public String path() {
    return "/api/v1/cases/" + reference;
  }

  /** Triage by the intake worker, with a first appointment or none; on to another service. */
  public Family triaged(String outcome, LocalDate firstAppointmentOn) {
    String intake = area.token(Role.INTAKE);
    int version = api.read(intake, path()).get("version").asInt();
    api.created(
        intake,
        path() + "/triage",
        """
        {"outcome": "%s", "referredOnTo": "Invented other service", "firstAppointmentOn": %s,
         "version": %d}
        """
            .formatted(outcome, TestApi.quoted(firstAppointmentOn), version));
    return this;
  }

  /** Triage as appropriate for assessment, with a first appointment or none. */
  public Family appropriate(LocalDate firstAppointmentOn) {
    return triaged("APPROPRIATE_FOR_ASSESSMENT", firstAppointmentOn);
  }

  /** What the case's page in the API says now, as its service manager reads it. */
  public JsonNode detail() {
    return api.read(area.token(Role.SERVICE_MANAGER), path());
  }
}
