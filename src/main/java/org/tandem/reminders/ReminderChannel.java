package org.tandem.reminders;

/** How he asked to be reminded. */
public enum ReminderChannel {
  TEXT,
  EMAIL,
  NONE
}
