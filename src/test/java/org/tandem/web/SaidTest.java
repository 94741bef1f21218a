package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;

/**
 * Every sentence the service stores in a record's history, as each module writes it, is said in
 * Welsh for a Welsh reader with a worker's words and a group's name as typed; in English it reads
 * as it was stored, but for a date, which is written out in full; a sentence no module knows is
 * shown as stored.
 */
class SaidTest extends TandemTest {

  /** Each stored sentence, and what a Welsh reader sees. */
  private static final Map<String, String> WELSH =
      Map.ofEntries(
          Map.entry("Referred", "Atgyfeiriwyd"),
          Map.entry(
              "Treatment-viability decision: not acceptable now",
              "Penderfyniad ar hyfywedd triniaeth: nid yw'n dderbyniol nawr"),
          Map.entry("Reopened: he asked 'now' {0}", "Ailagorwyd: he asked 'now' {0}"),
          Map.entry(
              "Programme: waiting to attending, Started the programme",
              "Rhaglen: yn aros → yn mynychu, Dechreuodd y rhaglen"),
          Map.entry(
              "Programme: attending to exited, he moved to Leeds",
              "Rhaglen: yn mynychu → wedi gadael, he moved to Leeds"),
          Map.entry(
              "Programme: waiting, accepted for Tuesday group, starting 2027-01-11",
              "Rhaglen: yn aros, wedi'i dderbyn i Tuesday group, yn dechrau 11 Ionawr 2027"),
          Map.entry(
              "accepted for Tuesday group, starting 2027-01-11; without a suitable viability"
                  + " decision: urgent court date",
              "wedi'i dderbyn i Tuesday group, yn dechrau 11 Ionawr 2027; heb benderfyniad addas"
                  + " ar hyfywedd: urgent court date"),
          Map.entry("Programme: Started the programme", "Rhaglen: Dechreuodd y rhaglen"),
          Map.entry("Accepted for Tuesday group", "Wedi'i dderbyn i Tuesday group"),
          Map.entry(
              "Disclosed at the group session: he pushed her",
              "Datgelodd yn y sesiwn grŵp: he pushed her"),
          Map.entry(
              "Missed the group session without a reason", "Wedi colli'r sesiwn grŵp heb reswm"),
          Map.entry(
              "Missed a one-to-one session without a reason",
              "Wedi colli sesiwn un-i-un heb reswm"),
          Map.entry("Programme", "Rhaglen"),
          Map.entry("Partner support", "Cymorth i bartneriaid"),
          Map.entry("Information held by the service", "Gwybodaeth sydd gan y gwasanaeth"),
          Map.entry(
              "Visible high risk identified by partner support",
              "Risg uchel weladwy a nodwyd gan y cymorth i bartneriaid"),
          Map.entry(
              "DASH score 16 of 24: visible high risk; strangulation indicated",
              "Sgôr DASH 16 o 24: risg uchel weladwy; arwydd o dagu"),
          Map.entry(
              "DASH score 14 of 24: visible high risk", "Sgôr DASH 14 o 24: risg uchel weladwy"),
          Map.entry(
              "3 police call-outs in the past 12 months: escalation",
              "3 galwad i'r heddlu yn ystod y 12 mis diwethaf: cynnydd"),
          Map.entry("Professional judgement: threats {1}", "Barn broffesiynol: threats {1}"),
          Map.entry("Risk review on 2026-05-01", "Adolygiad risg ar 1 Mai 2026"),
          Map.entry("DASH score of 15 (14 or more)", "Sgôr DASH o 15 (14 neu fwy)"),
          Map.entry("DASH score 9", "Sgôr DASH 9"),
          Map.entry(
              "Update report, released to the referrer online",
              "Adroddiad diweddaru, wedi'i ryddhau i'r atgyfeiriwr ar-lein"),
          Map.entry(
              "Risk identification report, released to the referrer online",
              "Adroddiad adnabod risg, wedi'i ryddhau i'r atgyfeiriwr ar-lein"));

  @Autowired Said said;

  @Test
  void inWelshEachStoredSentenceIsWelshWithTheWorkersWordsAsTyped() {
    WELSH.forEach(
        (stored, welsh) ->
            assertThat(said.say(stored, Languages.WELSH)).as(stored).isEqualTo(welsh));
  }

  @Test
  void inEnglishEachReadsAsStoredButForADateWrittenInFull() {
    WELSH.keySet().stream()
        .filter(stored -> !stored.matches(".*\\d{4}-\\d{2}-\\d{2}.*"))
        .forEach(stored -> assertThat(said.say(stored, Languages.ENGLISH)).isEqualTo(stored));
    assertThat(said.say("Risk review on 2026-05-01", Languages.ENGLISH))
        .isEqualTo("Risk review on 1 May 2026");
  }

  @Test
  void whatNoModuleKnowsIsShownAsStored() {
    assertThat(said.say("Invented: he called her from a withheld number", Languages.WELSH))
        .isEqualTo("Invented: he called her from a withheld number");
    assertThat(said.say("Risk review on a Tuesday", Languages.WELSH))
        .isEqualTo("Risk review on a Tuesday");
    assertThat(said.say(null, Languages.WELSH)).isNull();
  }
}
