package org.tandem.subjectaccess.internal;

import java.time.LocalDate;

/**
 * A note marked restricted, listed for the manager's review before release but not released: its
 * date, who wrote it and what kind of note it is, never its words.
 */
record Withheld(String source, long id, LocalDate date, String author, String kind) {}
