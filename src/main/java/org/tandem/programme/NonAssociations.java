package org.tandem.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.internal.NonAssociationStore;
import org.tandem.programme.internal.NonAssociationStore.Row;
import org.tandem.referral.Referrals;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;

/**
 * Men who must not share a group: recorded on one man's case, binding both, ended (and kept) when
 * no longer needed. A group where the other man holds a place is not offered to him, and a place in
 * it is refused, naming only the kind of non-association, never the man.
 */
@Service
public class NonAssociations {

  private final Referrals referrals;
  private final NonAssociationStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final ProgrammeWords words;

  NonAssociations(
      Referrals referrals,
      NonAssociationStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      ServiceClock clock,
      ProgrammeWords words) {
    this.words = words;
    this.referrals = referrals;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * His non-associations, those that hold first; the other man's reference and the note only to a
   * user who may open the other man's case.
   */
  @Transactional
  public List<NonAssociation> forCase(String reference) {
    CaseRef ref = referrals.open(reference);
    CurrentUser me = currentUsers.current();
    List<Row> rows = store.ofCase(ref.referralId());
    audit.record(Action.READ, "non-associations", ref);
    audit.recordList(
        "non-associations",
        rows.stream().filter(r -> me.covers(r.otherAreaId())).map(NonAssociations::other).toList());
    return rows.stream().map(r -> view(r, me)).toList();
  }

  /** Records that he must not share a group with the man of another case in the user's areas. */
  @Transactional
  public long record(String reference, NewNonAssociation given) {
    CaseRef ref = referrals.open(reference);
    List<FieldProblem> problems = new ArrayList<>();
    CaseRef other = otherCase(ref, given.otherReference(), problems);
    if (given.kind() == null) {
      problems.add(words.problem("kind", "programme.problem.selectWhyNotShare"));
    }
    String note = given.note() == null || given.note().isBlank() ? null : given.note().strip();
    if (note == null && given.kind() == NonAssociationKind.OTHER) {
      problems.add(words.problem("note", "programme.problem.giveTheReasonNotShare"));
    } else if (note != null && note.length() > 500) {
      problems.add(words.problem("note", "programme.problem.note500"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long id;
    try {
      id =
          store.insert(
              ref.referralId(),
              other.referralId(),
              given.kind(),
              note,
              currentUsers.current().username(),
              clock.now());
    } catch (DuplicateKeyException e) {
      throw words.invalid("otherReference", "programme.problem.nonAssociationExists");
    }
    audit.record(Action.CREATE, "non-association", ref);
    audit.record(Action.CREATE, "non-association", other);
    return id;
  }

  /** Ends one that holds, at the version read; it stays in both cases' history. */
  @Transactional
  public NonAssociation end(String reference, long id, Integer version) {
    CaseRef ref = referrals.open(reference);
    Row row =
        store
            .one(ref.referralId(), id)
            .orElseThrow(() -> words.notFound("programme.notFound.nonAssociation"));
    if (version == null
        || !store.end(id, version, currentUsers.current().username(), clock.now())) {
      throw words.conflict("programme.what.nonAssociation");
    }
    audit.record(Action.UPDATE, "non-association", ref);
    audit.record(Action.UPDATE, "non-association", other(row));
    return store.one(ref.referralId(), id).map(r -> view(r, currentUsers.current())).orElseThrow();
  }

  /** The groups he is not offered, with why: a man he must not be with holds a place in each. */
  @Transactional
  public Map<Long, NonAssociationKind> groupsBarredTo(CaseRef ref) {
    audit.record(Action.READ, "non-associations", ref);
    return store.groupsBarredTo(ref.referralId());
  }

  /** The men (by reference) not offered this group, with why; the group's area is the user's. */
  @Transactional
  public Map<String, NonAssociationKind> menBarredFrom(long groupId) {
    return store.menBarredFrom(groupId);
  }

  /** Refuses a place in a group where a man he must not be with holds one. */
  void checkPlace(CaseRef ref, long groupId) {
    store.lockGroup(groupId);
    Optional.ofNullable(store.groupsBarredTo(ref.referralId()).get(groupId))
        .ifPresent(
            kind -> {
              throw words.invalid(
                  "groupId",
                  "programme.problem.notOffered",
                  words.say("nonAssociations.kindWords." + kind.name()));
            });
  }

  private CaseRef otherCase(CaseRef ref, String typed, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      problems.add(words.problem("otherReference", "programme.problem.enterTheOtherReference"));
      return null;
    }
    String reference = typed.strip().toUpperCase(Locale.ROOT);
    if (reference.length() > 30) {
      problems.add(words.problem("otherReference", "programme.problem.otherReferenceLike"));
      return null;
    }
    CaseRef other;
    try {
      other = referrals.open(reference);
    } catch (NotFoundException e) {
      problems.add(words.problem("otherReference", "programme.problem.noCaseWithThisReference"));
      return null;
    }
    if (other.referralId() == ref.referralId()) {
      problems.add(words.problem("otherReference", "programme.problem.notHisOwnCase"));
      return null;
    }
    return other;
  }

  private static CaseRef other(Row r) {
    return new CaseRef(r.otherReferralId(), r.otherReference(), r.otherAreaId());
  }

  /** The note may name the other man, so it goes where his reference goes, and no further. */
  private static NonAssociation view(Row r, CurrentUser me) {
    boolean seesHim = me.covers(r.otherAreaId());
    return new NonAssociation(
        r.id(),
        seesHim ? r.otherReference() : null,
        r.kind(),
        seesHim ? r.note() : null,
        r.recordedBy(),
        r.recordedAt(),
        r.endedBy(),
        r.endedAt(),
        r.version());
  }
}
