package org.tandem.partnersupport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.internal.LetterStore;
import org.tandem.partnersupport.internal.PartnerRecordStore;
import org.tandem.partnersupport.internal.PartnerRecordStore.Her;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.PdfDocuments;

/**
 * The letter to her, behind the wall: her letter and information pack as a PDF, when it went, and
 * the service's template it is written from. Her letter first gets a pass through the wall for her
 * case from {@link PartnerSupport}, so only partner-support workers and service managers covering
 * the case's area reach it; every read and write of it is audited without its content.
 */
@Service
public class PartnerLetters {

  /** The service's letter template as its editor sees it. */
  public record LetterTemplate(
      String body, String updatedBy, OffsetDateTime updatedAt, int version) {}

  private final PartnerSupport support;
  private final PartnerRecordStore store;
  private final LetterStore letters;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final PdfDocuments pdf;
  private final ServiceClock clock;
  private final PartnerWords words;

  PartnerLetters(
      PartnerSupport support,
      PartnerRecordStore store,
      LetterStore letters,
      CurrentUsers currentUsers,
      AuditLog audit,
      PdfDocuments pdf,
      ServiceClock clock,
      PartnerWords words) {
    this.support = support;
    this.store = store;
    this.letters = letters;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.pdf = pdf;
    this.clock = clock;
    this.words = words;
  }

  private HerOnTheCase open(String reference, long partnerId) {
    return HerOnTheCase.open(
        store, support.behindTheWall(reference), partnerId, words::noSuchPartner);
  }

  /** The letter and information pack went today (or on the date given). */
  @Transactional
  public void letterSent(String reference, long partnerId, LocalDate on, int version) {
    HerOnTheCase o = open(reference, partnerId);
    refuseLetterIfShe(o.her());
    if (on == null || on.isAfter(today())) {
      throw new InvalidRequestException(
          List.of(words.problem("sentOn", "partnersupport.problem.letter.sentOn")));
    }
    if (!letters.letterSent(o.pass(), partnerId, on, version)) {
      throw new EditConflictException("Her record", Languages.ENGLISH);
    }
    store.completeTasks(
        o.pass(),
        partnerId,
        PartnerRecordStore.LETTER_TASK,
        now(),
        currentUsers.current().username(),
        now());
    audit.record(Action.UPDATE, "partner letter sent", o.ref());
  }

  private void refuseLetterIfShe(Her her) {
    if (her.doNotContactBy().contains(ContactMethod.LETTER)) {
      throw new InvalidRequestException(
          List.of(words.problem("letter", "partnersupport.problem.letter.refused")));
    }
  }

  /** Her letter, as a PDF, from the service's template: addressed to her, nothing of his. */
  @Transactional
  public byte[] letter(String reference, long partnerId) {
    HerOnTheCase o = open(reference, partnerId);
    refuseLetterIfShe(o.her());
    CurrentUser me = currentUsers.current();
    String name =
        o.her().givenName() + (o.her().familyName() == null ? "" : " " + o.her().familyName());
    byte[] document =
        pdf.render(
            "partnersupport/letter-pdf",
            Map.of(
                "name",
                name,
                "address",
                o.her().address() == null
                    ? List.of()
                    : List.of(o.her().address().split("\\R|,\\s*")),
                "date",
                today(),
                "paragraphs",
                LetterText.paragraphs(
                    letters.template().body(),
                    name,
                    me.displayName(),
                    today(),
                    LocaleContextHolder.getLocale())));
    audit.record(Action.DOWNLOAD, "partner letter", o.ref());
    return document;
  }

  // --- the letter template ---

  @Transactional(readOnly = true)
  public LetterTemplate letterTemplate() {
    requireWallRole();
    LetterStore.Template t = letters.template();
    return new LetterTemplate(t.body(), t.updatedBy(), t.updatedAt(), t.version());
  }

  @Transactional
  public void updateLetterTemplate(String body, int version) {
    requireWallRole();
    List<FieldProblem> problems = new ArrayList<>();
    if (body == null || body.isBlank()) {
      problems.add(words.problem("body", "partnersupport.problem.letter.missing"));
    } else if (body.length() > 10000) {
      problems.add(words.problem("body", "partnersupport.problem.letter.tooLong"));
    } else if (body.indexOf('\u0000') >= 0) {
      problems.add(words.problem("body", "partnersupport.problem.letter.control"));
    } else {
      List<String> unknown = LetterText.unknownPlaceholders(body);
      if (!unknown.isEmpty()) {
        problems.add(
            words.problem(
                "body",
                "partnersupport.problem.letter.unknown",
                "{name}",
                "{worker}",
                "{date}",
                String.join(", ", unknown)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (!letters.updateTemplate(body.strip(), version, currentUsers.current().username(), now())) {
      throw new EditConflictException("The letter", Languages.ENGLISH);
    }
  }

  private void requireWallRole() {
    if (!currentUsers.current().seesBehindTheWall()) {
      throw new AccessDeniedException("The letter is partner support's");
    }
  }

  private OffsetDateTime now() {
    return clock.now();
  }

  private LocalDate today() {
    return clock.today();
  }
}
