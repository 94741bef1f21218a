package org.tandem.risk;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.Languages;

/**
 * Puts an alert into words in the reader's language, from what it is about ({@link AlertCause}),
 * wherever alerts are shown: the alerts page, My work, the API. An alert raised before alerts were
 * kept that way has only its English sentence, and is shown as it. A worker's own reasons stay as
 * they were typed.
 */
@Component
public class AlertSentences {

  /** The most an alert says, as the sentence once stored had to fit in. */
  static final int MOST = 300;

  private final MessageSource messages;

  AlertSentences(MessageSource messages) {
    this.messages = messages;
  }

  /** The alert as stored: its kind, event kind and detail, or only its old sentence. */
  public String say(
      String reference, String kind, String eventKind, String detail, String oldSentence) {
    if (kind == null) {
      return oldSentence;
    }
    return say(
        reference,
        new AlertCause(
            AlertCause.Kind.valueOf(kind),
            eventKind == null ? null : RiskEventKind.valueOf(eventKind),
            detail),
        Languages.current());
  }

  /** In English, the sentence stored beside the alert for whatever still reads it as text. */
  String english(String reference, AlertCause cause) {
    return say(reference, cause, Languages.ENGLISH);
  }

  private String say(String reference, AlertCause cause, Locale language) {
    String key =
        cause.kind() == AlertCause.Kind.EVENT
            ? "risk.alert.event." + cause.eventKind().name()
            : "risk.alert." + cause.kind().name();
    String detail = cause.detail() == null ? "" : cause.detail();
    return shorten(messages.getMessage(key, new Object[] {reference, detail}, language));
  }

  static String shorten(String text) {
    return text.length() <= MOST ? text : text.substring(0, MOST - 3) + "...";
  }
}
