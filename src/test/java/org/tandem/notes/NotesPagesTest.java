package org.tandem.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * The notes pages: a note added with its problems beside the fields and what was typed kept, the
 * list with its restricted mark and search, a correction with the original in the history, and a
 * correction from an out-of-date page refused without losing what was typed.
 */
class NotesPagesTest extends TandemTest {

  private TestArea area;
  private Family family;
  private PageSession session;
  private String notes;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    family = newFamily(area);
    session = signedIn(area.user(Role.PERPETRATOR_WORKER));
    notes = "/cases/" + family.reference() + "/notes";
  }

  private Map<String, String> form(String kind, LocalDate on, String text, boolean restricted) {
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", session.csrf(notes + "/new"));
    if (kind != null) {
      form.put("kind", kind);
    }
    form.put("happenedOn.day", on == null ? "" : String.valueOf(on.getDayOfMonth()));
    form.put("happenedOn.month", on == null ? "" : String.valueOf(on.getMonthValue()));
    form.put("happenedOn.year", on == null ? "" : String.valueOf(on.getYear()));
    form.put("text", text);
    if (restricted) {
      form.put("restricted", "true");
    }
    return form;
  }

  @Test
  void theCasePageLinksToItsNotes() {
    assertThat(session.get("/cases/" + family.reference()).body())
        .contains("href=\"" + notes + "\"");
    PageSession support = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    String her = "/cases/" + family.reference() + "/partners/" + family.partner(0);
    assertThat(support.get(her).body()).contains("href=\"" + her + "/notes\"");
  }

  @Test
  void problemsAreShownBesideTheFieldsKeepingWhatWasTyped() {
    LocalDate tomorrow = clock.today().plusDays(1);
    HttpResponse<String> refused =
        session.post(notes, form(null, tomorrow, "Invented: typed and kept", true));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("<title>Error: Add a note")
        .contains("Select what the note is about")
        .contains("The date it happened must be today or in the past")
        .contains("Invented: typed and kept")
        .contains("value=\"" + tomorrow.getYear() + "\"")
        .containsPattern("id=\"restricted\"[^>]*checked");

    HttpResponse<String> unreadable =
        session.post(notes, form("CONTACT", null, "Invented: no date", false));
    assertThat(unreadable.body())
        .contains("Enter the date it happened")
        .contains("Invented: no date");
    assertThat(session.get(notes).body()).contains("No notes yet.");
  }

  @Test
  void aNoteIsSavedShownWithItsMarkAndCorrectedKeepingTheOriginal() {
    HttpResponse<String> saved =
        session.post(
            notes, form("THIRD_PARTY", clock.today(), "Invented: the school called", true));
    assertThat(saved.statusCode()).isEqualTo(302);
    String list = session.get(notes).body();
    assertThat(list)
        .contains("Note recorded")
        .contains("Third party")
        .contains("Invented: the school called")
        .contains("Restricted: to be reviewed before any disclosure.")
        .doesNotContain("Amended");

    long id =
        jdbc.sql("SELECT id FROM case_note WHERE body = 'Invented: the school called'")
            .query(Long.class)
            .single();
    String correction = notes + "/" + id + "/correction";
    String page = session.get(correction).body();
    assertThat(page).contains("Correct the note").contains("Invented: the school called");

    HttpResponse<String> noReason =
        session.post(
            correction,
            Map.of(
                "_csrf", PageSession.csrf(session.get(correction)),
                "version", "0",
                "text", "Invented: the nursery called",
                "reason", ""));
    assertThat(noReason.body())
        .contains("Say why the note is being corrected")
        .contains("Invented: the nursery called");

    HttpResponse<String> done =
        session.post(
            correction,
            Map.of(
                "_csrf", PageSession.csrf(session.get(correction)),
                "version", "0",
                "text", "Invented: the nursery called",
                "reason", "Invented: misheard"));
    assertThat(done.statusCode()).isEqualTo(302);
    String after = session.get(notes).body();
    assertThat(after)
        .contains("Amended")
        .contains("Invented: the nursery called")
        .contains("As first written")
        .contains("Invented: the school called")
        .contains("Why: Invented: misheard");

    // A second correction from the page read before the first: refused, what was typed kept.
    HttpResponse<String> stale =
        session.post(
            correction,
            Map.of(
                "_csrf", PageSession.csrf(session.get(correction)),
                "version", "0",
                "text", "Invented: stale words",
                "reason", "Invented: stale"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone else corrected this note")
        .contains("Invented: stale words");
  }

  @Test
  void theSearchBoxFindsNotesAndPages() {
    for (int i = 0; i < 26; i++) {
      session.post(notes, form("CONTACT", clock.today(), "Invented: call " + i, false));
    }
    session.post(notes, form("SUPERVISION", clock.today(), "Invented: the unusual word", false));
    String found = session.get(notes + "?q=unusual").body();
    assertThat(found)
        .contains("1 note")
        .contains("Invented: the unusual word")
        .doesNotContain("call 3");
    String first = session.get(notes).body();
    assertThat(first).contains("27 notes").contains("Page 1 of 2");
    assertThat(session.get(notes + "?page=2").body()).contains("Page 2 of 2");
  }

  @Test
  void herNotesPagesAreBehindTheWall() {
    String her = "/cases/" + family.reference() + "/partners/" + family.partner(0) + "/notes";
    assertThat(session.get(her).statusCode()).isEqualTo(403);
    PageSession support = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    String form = support.get(her + "/new").body();
    assertThat(form)
        .contains("A partner-support note, kept behind the wall.")
        .doesNotContain("name=\"kind\"");
    Map<String, String> fields = form(null, clock.today(), "Invented: her words", false);
    fields.put("_csrf", PageSession.csrf(support.get(her + "/new")));
    assertThat(support.post(her, fields).statusCode()).isEqualTo(302);
    assertThat(support.get(her).body()).contains("Partner support").contains("Invented: her words");
  }
}
