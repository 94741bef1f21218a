package org.tandem.notes;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.notes.internal.HerNoteStore;
import org.tandem.referral.Referrals;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;
import org.tandem.web.Validation;

/**
 * Partner-support notes on her record, behind the wall: only the roles that see behind it, covering
 * the case's area, read or write them (403 for everyone else, before anything is read). They are
 * never on the family's timeline, which his side reads. Audited without their content.
 */
@Service
public class HerNotes {

  private final Referrals referrals;
  private final CaseAccess access;
  private final HerNoteStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final NoteWords words;

  HerNotes(
      Referrals referrals,
      CaseAccess access,
      HerNoteStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      NoteWords words) {
    this.words = words;
    this.referrals = referrals;
    this.access = access;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** A pass for her case, refused to his side; not found if she is not a partner on the case. */
  private WallPass open(String reference, long partnerId) {
    CaseRef ref = referrals.open(reference);
    WallPass pass =
        access
            .behindTheWall(ref)
            .orElseThrow(() -> new AccessDeniedException("Her record is behind the wall"));
    if (!store.isOnTheCase(pass, partnerId)) {
      throw new NotFoundException(words.say("notes.problem.noPartner", reference));
    }
    return pass;
  }

  /** Refuses (403 or 404) as her record does, before a form to add a note is shown. */
  @Transactional(readOnly = true)
  public void checkCanOpen(String reference, long partnerId) {
    open(reference, partnerId);
  }

  @Transactional
  public NotePage notes(String reference, long partnerId, Paging paging, String q) {
    WallPass pass = open(reference, partnerId);
    String search = NotePage.search(q);
    List<Note> items = store.page(pass, partnerId, search, paging.size(), paging.offset());
    long total = store.count(pass, partnerId, search);
    audit.record(Action.READ, "partner notes", pass.caseRef());
    return new NotePage(items, paging.page(), paging.size(), total, search);
  }

  @Transactional
  public Note note(String reference, long partnerId, long noteId) {
    WallPass pass = open(reference, partnerId);
    Note note =
        store
            .note(pass, partnerId, noteId)
            .orElseThrow(() -> new NotFoundException(words.say("notes.problem.noNoteOnHers")));
    audit.record(Action.READ, "partner note", pass.caseRef());
    return note;
  }

  /** Records a partner-support note; any kind given is refused, as hers are all one kind. */
  @Transactional
  public long add(String reference, long partnerId, NewNote note) {
    WallPass pass = open(reference, partnerId);
    if (note.kind() != null) {
      throw new InvalidRequestException(List.of(words.problem("kind", "notes.problem.herKind")));
    }
    validation.check(note);
    long id =
        store.insert(
            pass,
            partnerId,
            note.happenedOn(),
            note.text(),
            note.isRestricted(),
            currentUsers.current().username(),
            clock.now());
    audit.record(Action.CREATE, "partner note", pass.caseRef());
    return id;
  }

  @Transactional
  public int correct(String reference, long partnerId, long noteId, NoteCorrection correction) {
    WallPass pass = open(reference, partnerId);
    store
        .note(pass, partnerId, noteId)
        .orElseThrow(() -> new NotFoundException(words.say("notes.problem.noNoteOnHers")));
    validation.check(correction);
    int revision =
        store.correct(pass, noteId, correction, currentUsers.current().username(), clock.now());
    audit.record(Action.CREATE, "partner note correction", pass.caseRef());
    return revision;
  }
}
