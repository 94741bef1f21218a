package org.tandem.notes;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.calendar.ServiceClock;
import org.tandem.notes.internal.HisNoteStore;
import org.tandem.referral.Referrals;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;
import org.tandem.web.Validation;

/**
 * Notes on his case: read and written by anyone who may open the case, every read and write audited
 * without its content. A note is never changed; a correction is added beside it.
 */
@Service
public class CaseNotes {

  private final Referrals referrals;
  private final HisNoteStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final NoteWords words;

  CaseNotes(
      Referrals referrals,
      HisNoteStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      NoteWords words) {
    this.words = words;
    this.referrals = referrals;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** A page of the case's notes, those matching the search if there is one. */
  @Transactional
  public NotePage notes(String reference, Paging paging, String q) {
    CaseRef ref = referrals.open(reference);
    String search = NotePage.search(q);
    List<Note> items = store.page(ref.referralId(), search, paging.size(), paging.offset());
    long total = store.count(ref.referralId(), search);
    audit.record(Action.READ, "case notes", ref);
    return new NotePage(items, paging.page(), paging.size(), total, search);
  }

  /** One note with its history; not found if it is not on this case. */
  @Transactional
  public Note note(String reference, long noteId) {
    CaseRef ref = referrals.open(reference);
    Note note =
        store
            .note(ref.referralId(), noteId)
            .orElseThrow(() -> new NotFoundException(words.say("notes.problem.noNote", reference)));
    audit.record(Action.READ, "case note", ref);
    return note;
  }

  /** Records a note; a manager's note only by a service manager. */
  @Transactional
  public long add(String reference, NewNote note) {
    CaseRef ref = referrals.open(reference);
    CurrentUser me = currentUsers.current();
    List<FieldProblem> problems = new ArrayList<>();
    if (note.kind() == null) {
      problems.add(words.problem("kind", "notes.problem.kindMissing"));
    } else if (note.kind() == NoteKind.MANAGER && !me.has(Role.SERVICE_MANAGER)) {
      problems.add(words.problem("kind", "notes.problem.managersOnly"));
    }
    problems.addAll(validation.problems(note));
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long id =
        store.insert(
            ref.referralId(),
            note.kind(),
            note.happenedOn(),
            note.text(),
            note.isRestricted(),
            me.username(),
            clock.now());
    audit.record(Action.CREATE, "case note", ref);
    return id;
  }

  /**
   * Corrects a note: the correction is kept beside the original with who, when and why. One based
   * on an older revision than the newest is a conflict (409), so no correction is lost.
   */
  @Transactional
  public int correct(String reference, long noteId, NoteCorrection correction) {
    CaseRef ref = referrals.open(reference);
    store
        .note(ref.referralId(), noteId)
        .orElseThrow(() -> new NotFoundException(words.say("notes.problem.noNote", reference)));
    validation.check(correction);
    int revision =
        store.correct(noteId, correction, currentUsers.current().username(), clock.now());
    audit.record(Action.CREATE, "case note correction", ref);
    return revision;
  }

  /**
   * His contact and third-party notes for the family's timeline, opened and audited by the caller
   * with the rest of the timeline.
   */
  @Transactional(readOnly = true)
  public List<NoteOnTimeline> onTimeline(CaseRef opened) {
    return store.onTimeline(opened.referralId());
  }
}
