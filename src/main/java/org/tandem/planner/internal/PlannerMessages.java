package org.tandem.planner.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The planner's wording in the language of the request being answered. */
@Component
class PlannerMessages {

  private final MessageSource messages;

  PlannerMessages(MessageSource messages) {
    this.messages = messages;
  }

  String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
