package org.tandem.programme;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Roles;
import org.tandem.programme.internal.CurriculumStore;
import org.tandem.programme.internal.ProgrammeStore;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/**
 * The service's curricula: each a list of sessions in order with their module, stage and hours. A
 * service starts its own by copying an existing one (usually the default) and then adds, edits,
 * removes and reorders sessions; positions always run 1, 2, 3... without gaps. Anyone working on
 * cases may look; only service managers change curricula.
 *
 * <p>Sessions a group has delivered are protected: they cannot be removed, and their stage and
 * hours cannot change. A man's progress is worked out from the curriculum as it stands (see {@link
 * ProgrammeProgress}), so changing a delivered session's hours or stage would silently rewrite the
 * hours he has completed and whether stage 1 is done, long after the session was recorded. Its
 * module and title may change, as they only describe it. A service wanting different hours for
 * delivered sessions copies the curriculum and runs new groups on the copy.
 */
@Service
public class Curricula {

  private final CurriculumStore store;
  private final ProgrammeStore programme;
  private final Validation validation;
  private final ProgrammeWords words;

  Curricula(
      CurriculumStore store,
      ProgrammeStore programme,
      Validation validation,
      ProgrammeWords words) {
    this.words = words;
    this.store = store;
    this.programme = programme;
    this.validation = validation;
  }

  /** Every curriculum, the default first, with its totals. */
  @Transactional(readOnly = true)
  @PreAuthorize(Roles.CASE_WORKERS)
  public List<CurriculumSummary> curricula() {
    return store.curricula();
  }

  /** One curriculum with its sessions in order. */
  @Transactional(readOnly = true)
  @PreAuthorize(Roles.CASE_WORKERS)
  public CurriculumDetail curriculum(long id) {
    CurriculumSummary c =
        store.curriculum(id).orElseThrow(() -> words.notFound("programme.notFound.curriculum"));
    return new CurriculumDetail(
        c.id(),
        c.name(),
        c.isDefault(),
        c.sessions(),
        c.hours(),
        c.stageOneHours(),
        c.stageOnePercent(),
        store.groupsUsing(id),
        programme.curriculum(id),
        store.deliveredSessionIds(id));
  }

  /** Starts a new curriculum as a copy of an existing one, under a new name. */
  @Transactional
  @PreAuthorize(Roles.MANAGER)
  public long copy(NewCurriculum curriculum) {
    List<FieldProblem> problems = new ArrayList<>(validation.problems(curriculum));
    if (curriculum.fromId() != null && !store.exists(curriculum.fromId())) {
      problems.add(words.problem("fromId", "programme.problem.selectACurriculumToCopy"));
    }
    if (curriculum.name() != null
        && !curriculum.name().isBlank()
        && store.nameTaken(curriculum.name())) {
      problems.add(nameTaken());
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    try {
      return store.copy(curriculum.fromId(), curriculum.name());
    } catch (DuplicateKeyException e) {
      throw new InvalidRequestException(List.of(nameTaken()));
    }
  }

  private FieldProblem nameTaken() {
    return words.problem("name", "programme.problem.curriculumNameTaken");
  }

  /** New groups use this curriculum unless told otherwise. */
  @Transactional
  @PreAuthorize(Roles.MANAGER)
  public void makeDefault(long curriculumId) {
    locked(curriculumId);
    store.makeDefault(curriculumId);
  }

  /** Adds a session: at the end, or at the position given, moving later sessions down one. */
  @Transactional
  @PreAuthorize(Roles.MANAGER)
  public long addSession(long curriculumId, CurriculumSessionDetails session) {
    List<CurriculumSession> sessions = locked(curriculumId);
    List<FieldProblem> problems = new ArrayList<>(validation.problems(session));
    checkPosition(session.position(), sessions.size() + 1, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long id = store.insertSession(curriculumId, session);
    if (session.position() != null && session.position() <= sessions.size()) {
      List<Long> order = new ArrayList<>(ids(sessions));
      order.add(session.position() - 1, id);
      store.renumber(curriculumId, order);
    }
    return id;
  }

  /**
   * Changes a session's module, title, stage and hours, and moves it if a position is given. A
   * delivered session keeps its stage and hours (see the class comment).
   */
  @Transactional
  @PreAuthorize(Roles.MANAGER)
  public void editSession(long curriculumId, long sessionId, CurriculumSessionDetails session) {
    List<CurriculumSession> sessions = locked(curriculumId);
    CurriculumSession current = sessionIn(sessions, sessionId);
    List<FieldProblem> problems = new ArrayList<>(validation.problems(session));
    checkPosition(session.position(), sessions.size(), problems);
    if (store.deliveredSessionIds(curriculumId).contains(sessionId)) {
      if (session.stage() != null && session.stage() != current.stage()) {
        problems.add(words.problem("stage", "programme.problem.deliveredStage"));
      }
      if (session.hours() != null && session.hours().compareTo(current.hours()) != 0) {
        problems.add(words.problem("hours", "programme.problem.deliveredHours"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    store.updateSession(sessionId, session);
    if (session.position() != null && session.position() != current.position()) {
      moveTo(curriculumId, sessions, current, session.position());
    }
  }

  /** Moves a session one place earlier (up) or later (down); at either end, nothing changes. */
  @Transactional
  @PreAuthorize(Roles.MANAGER)
  public void move(long curriculumId, long sessionId, boolean up) {
    List<CurriculumSession> sessions = locked(curriculumId);
    CurriculumSession current = sessionIn(sessions, sessionId);
    int to = current.position() + (up ? -1 : 1);
    if (to >= 1 && to <= sessions.size()) {
      moveTo(curriculumId, sessions, current, to);
    }
  }

  /**
   * Removes a session, closing the gap it leaves. A session a group has delivered is refused: the
   * group's record of it, and the men's attendance, point at it.
   */
  @Transactional
  @PreAuthorize(Roles.MANAGER)
  public void removeSession(long curriculumId, long sessionId) {
    List<CurriculumSession> sessions = locked(curriculumId);
    sessionIn(sessions, sessionId);
    if (store.deliveredSessionIds(curriculumId).contains(sessionId)) {
      throw words.invalid("sessionId", "programme.problem.deliveredRemove");
    }
    store.deleteSession(sessionId);
    store.renumber(curriculumId, ids(sessions).stream().filter(id -> id != sessionId).toList());
  }

  private void moveTo(
      long curriculumId, List<CurriculumSession> sessions, CurriculumSession s, int position) {
    List<Long> order = new ArrayList<>(ids(sessions));
    order.remove(Long.valueOf(s.id()));
    order.add(position - 1, s.id());
    store.renumber(curriculumId, order);
  }

  private void checkPosition(Integer position, int last, List<FieldProblem> problems) {
    if (position != null && position > last) {
      problems.add(
          words.problem("position", "programme.problem.positionAtMost", String.valueOf(last)));
    }
  }

  private List<CurriculumSession> locked(long curriculumId) {
    if (!store.lock(curriculumId)) {
      throw words.notFound("programme.notFound.curriculum");
    }
    return programme.curriculum(curriculumId);
  }

  private CurriculumSession sessionIn(List<CurriculumSession> sessions, long sessionId) {
    return sessions.stream()
        .filter(s -> s.id() == sessionId)
        .findFirst()
        .orElseThrow(() -> words.notFound("programme.notFound.curriculumSession"));
  }

  private static List<Long> ids(List<CurriculumSession> sessions) {
    return sessions.stream().map(CurriculumSession::id).toList();
  }
}
