package org.tandem.programme.internal;

import static org.tandem.web.SentenceRules.AS_WRITTEN;
import static org.tandem.web.SentenceRules.DATE;
import static org.tandem.web.SentenceRules.SAID;
import static org.tandem.web.SentenceRules.named;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.Said;
import org.tandem.web.SentenceRules;
import org.tandem.web.StoredSentences;

/**
 * What the programme puts on the family's timeline, his case's journey and his place's history
 * (Enrolments, MarkConsequences, OneToOneAbsences), in the reader's language. A reason a worker
 * typed for a change of his status stays as typed inside the service's words.
 */
@Component
class ProgrammeSentences implements StoredSentences {

  private static final String DAY = "(\\d{4}-\\d{2}-\\d{2})";

  private static final String STATUS = "(waiting|attending|suspended|exited|completed)";

  private final SentenceRules rules;

  ProgrammeSentences(MessageSource messages) {
    SentenceRules.Part status = named("programme.said.status.");
    rules =
        new SentenceRules(messages)
            .whole("Programme", "programme.said.source")
            .whole("Started the programme", "programme.said.started")
            .whole("Missed the group session without a reason", "programme.said.missedGroup")
            .whole("Missed a one-to-one session without a reason", "programme.said.missedOneToOne")
            .matching("Accepted for (.+)", "programme.said.acceptedFor", AS_WRITTEN)
            .matching(
                "accepted for (.+), starting "
                    + DAY
                    + "; without a suitable viability decision: (.+)",
                "programme.said.acceptedWithout",
                AS_WRITTEN,
                DATE,
                AS_WRITTEN)
            .matching(
                "accepted for (.+), starting " + DAY,
                "programme.said.acceptedStarting",
                AS_WRITTEN,
                DATE)
            .matching(
                "Disclosed at the group session: (.+)", "programme.said.disclosed", AS_WRITTEN)
            .matching(
                "Programme: " + STATUS + " to " + STATUS + ", (.+)",
                "programme.said.moved",
                status,
                status,
                SAID)
            .matching("Programme: " + STATUS + ", (.+)", "programme.said.now", status, SAID)
            .matching("Programme: (.+)", "programme.said.journey", SAID);
  }

  @Override
  public Optional<String> say(String stored, Locale language, Said said) {
    return rules.say(stored, language, said);
  }
}
