package org.tandem.partnersupport.internal;

import java.util.Optional;
import org.tandem.programme.EnrolmentStatus;
import org.tandem.programme.ProgrammeStatusChanged;
import org.tandem.risk.RiskEventKind;

/**
 * The changes in his status that prompt contact with her, each with the reason the task shows. The
 * service sets how many working days each allows (table partner_support_prompt).
 */
enum Prompt {
  ACCEPTED("He was accepted onto the programme"),
  STARTED("He started the programme"),
  MISSED_SESSION("He missed a group session"),
  SUSPENDED("He was suspended from the programme"),
  EXITED("He left the programme without completing it"),
  COMPLETED("He completed the programme"),
  TAKEN_INTO_CUSTODY("He was taken into custody"),
  RELEASED_FROM_CUSTODY("He was released from custody"),
  CHILD_CONTACT_SOUGHT("He is seeking contact with the children"),
  CASE_CLOSED("His case closed: decide with her whether her support continues");

  /** Why a task prompted by his return to the programme after a suspension is there. */
  static final String RETURNED = "He returned to the programme after a suspension";

  private final String reason;

  Prompt(String reason) {
    this.reason = reason;
  }

  String reason() {
    return reason;
  }

  static Optional<Prompt> of(ProgrammeStatusChanged change) {
    EnrolmentStatus to = change.to();
    if (to == null) {
      return Optional.empty();
    }
    return Optional.of(
        switch (to) {
          case WAITING -> ACCEPTED;
          case ATTENDING -> STARTED;
          case SUSPENDED -> SUSPENDED;
          case EXITED -> EXITED;
          case COMPLETED -> COMPLETED;
        });
  }

  /**
   * The key under partnersupport.prompt of a task's reason as it was stored (in English, when the
   * task was made), so that the list says it in the reader's language; empty for any other reason.
   */
  static Optional<String> keyOf(String reason) {
    if (RETURNED.equals(reason)) {
      return Optional.of("RETURNED");
    }
    for (Prompt p : values()) {
      if (p.reason.equals(reason)) {
        return Optional.of(p.name());
      }
    }
    return Optional.empty();
  }

  static Optional<Prompt> of(RiskEventKind kind) {
    return switch (kind) {
      case MISSED_SESSION -> Optional.of(MISSED_SESSION);
      case CUSTODY -> Optional.of(TAKEN_INTO_CUSTODY);
      case RELEASE_FROM_CUSTODY -> Optional.of(RELEASED_FROM_CUSTODY);
      case CHILD_CONTACT_SOUGHT -> Optional.of(CHILD_CONTACT_SOUGHT);
      default -> Optional.empty();
    };
  }
}
