package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.StatementCounting;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.children.ChildRecord;
import org.tandem.partnersupport.HerSupport;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * Every list a practitioner opens costs the same number of SQL statements whether it holds two rows
 * or six: no page or API list runs a query per row (the N+1 that makes a page slow at 100,000
 * families, and that held a second pooled connection per request before). Each page is counted once
 * small, then again after its rows have tripled; the counts must be equal.
 */
class NoQueryPerRowTest extends TandemTest {

  @Test
  void listsAndRecordsCostTheSameStatementsHoweverManyRowsTheyHold() {
    TestArea area = newArea();
    ProgrammeGroup group =
        AGroup.in(area)
            .named("Counted group " + System.nanoTime())
            .firstMeetingOn(clock.today())
            .create(api());
    Family big = newFamily(AReferral.in(area).withPartners(1).withChildren(1));
    List<Family> families = new ArrayList<>(List.of(big, newFamily(area)));
    families.forEach(this::onTheProgramme);
    families.forEach(family -> group.place(family, clock.today()));
    enrich(big, 1);
    // A group meeting later in the week too: the week reads tonight's and later groups apart.
    groupMeetingWithOneMan(area, 1);

    Map<String, Integer> small = countEveryPage(area, big, group);

    for (int i = 0; i < 4; i++) {
      Family more = newFamily(area);
      onTheProgramme(more);
      group.place(more, clock.today());
      families.add(more);
    }
    Family bigger = newFamily(AReferral.in(area).withPartners(3).withChildren(3));
    enrich(bigger, 3);
    onTheProgramme(bigger);
    group.place(bigger, clock.today());

    // Another group tonight, and two more later in the week.
    for (int d : new int[] {0, 2, 3}) {
      groupMeetingWithOneMan(area, d);
    }

    Map<String, Integer> large = countEveryPage(area, bigger, group);

    assertThat(large).as("statements per page with three times the rows").isEqualTo(small);
  }

  private void groupMeetingWithOneMan(TestArea area, int daysFromToday) {
    ProgrammeGroup another =
        AGroup.in(area)
            .named("Counted group " + System.nanoTime())
            .firstMeetingOn(clock.today().plusDays(daysFromToday))
            .create(api());
    Family man = newFamily(area);
    onTheProgramme(man);
    another.place(man, clock.today());
  }

  private void onTheProgramme(Family family) {
    family.appropriate(null);
    foundSuitable(family.area().token(Role.PERPETRATOR_WORKER), family.reference());
  }

  /** Her sessions, the children's protection histories and the family's risk events, n of each. */
  private void enrich(Family family, int n) {
    LocalDate day = family.referredOn();
    for (int p = 0; p < n; p++) {
      HerSupport her = HerSupport.of(family, p).attempt("SPOKE_WITH_HER", day).engaged(day);
      for (int s = 0; s < n; s++) {
        her.session("ONE_TO_ONE", day);
      }
      ChildRecord.of(family, p).protection("EARLY_HELP", day);
    }
    String worker = family.area().token(Role.PERPETRATOR_WORKER);
    for (int e = 0; e < n; e++) {
      HttpResponse<String> made =
          apiPost(
              worker,
              family.path() + "/risk-events",
              ("{\"kind\": \"DISCLOSURE\", \"occurredOn\": \"%s\", \"summary\": \"Invented %d\","
                      + " \"raisesAlert\": true}")
                  .formatted(day, e));
      assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }
  }

  private Map<String, Integer> countEveryPage(TestArea area, Family family, ProgrammeGroup group) {
    String reference = family.reference();
    String her = HerSupport.of(family, 0).path().replace("/api/v1", "");
    String groupPage = "/groups/" + group.id();
    Map<String, Integer> counts = new LinkedHashMap<>();
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    counts.put("caseload", page(worker, "/cases"));
    counts.put("search", page(worker, "/cases?q=" + area.code()));
    counts.put("waiting list", page(worker, "/waiting-list"));
    counts.put("case page", page(worker, "/cases/" + reference));
    counts.put("risk timeline", page(worker, "/cases/" + reference + "/risk"));
    counts.put("group page", page(worker, groupPage));
    counts.put("register", page(worker, groupPage + "/sessions/new"));
    counts.put("facilitator's week", page(worker, "/facilitator"));
    counts.put("his programme", page(worker, "/cases/" + reference + "/programme"));
    counts.put("MARAC referrals", page(worker, "/marac"));
    counts.put("groups", page(worker, "/groups"));
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    counts.put("case audit", page(manager, "/cases/" + reference + "/audit"));
    counts.put("area report", page(manager, "/outcomes/area-report?area=" + area.code()));
    counts.put("programme reviews", page(manager, "/programme/reviews"));
    PageSession partner = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    counts.put("partner-support tasks", page(partner, "/partner-support/tasks"));
    counts.put("her record", page(partner, her));
    counts.put("alerts", page(partner, "/alerts"));
    PageSession children = signedIn(area.user(Role.CHILDRENS_WORKER));
    counts.put("children", page(children, "/cases/" + reference + "/children"));
    String token = area.token(Role.PERPETRATOR_WORKER);
    counts.put("API caseload", api(token, "/api/v1/cases?page=0&size=20"));
    counts.put("API case", api(token, "/api/v1/cases/" + reference));
    counts.put("API waiting list", api(token, "/api/v1/waiting-list?page=0&size=20"));
    return counts;
  }

  private static int page(PageSession session, String path) {
    return counted(id -> session.get(path, StatementCounting.HEADER, id), path);
  }

  private int api(String token, String path) {
    return counted(
        id ->
            send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header(StatementCounting.HEADER, id)
                    .GET()
                    .build()),
        path);
  }

  /** Asked twice, so that what the first request fills once (a session, a cache) is not counted. */
  private static int counted(
      java.util.function.Function<String, HttpResponse<String>> get, String path) {
    int count = -1;
    for (int i = 0; i < 2; i++) {
      String id = UUID.randomUUID().toString();
      HttpResponse<String> response = get.apply(id);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      Supplier<AssertionError> uncounted = () -> new AssertionError("no count for " + path);
      count = StatementCounting.of(id).orElseThrow(uncounted);
    }
    return count;
  }
}
