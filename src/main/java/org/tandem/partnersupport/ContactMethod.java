package org.tandem.partnersupport;

import java.util.Arrays;
import java.util.List;

/** The ways the service reaches a woman. She may ask not to be contacted in some of them. */
public enum ContactMethod {
  PHONE,
  TEXT,
  EMAIL,
  LETTER,
  OUTREACH_CHILDRENS_CENTRE,
  OUTREACH_SOCIAL_WORK_OFFICE,
  OUTREACH_OTHER;

  /** A meeting arranged somewhere safe, rather than a message that could be seen at home. */
  public boolean outreach() {
    return name().startsWith("OUTREACH_");
  }

  /** The ways a proactive attempt can be made: the letter goes with the pack, not as an attempt. */
  public static List<ContactMethod> attempts() {
    return Arrays.stream(values()).filter(m -> m != LETTER).toList();
  }

  /** The ways she can ask not to be contacted: each can be seen or heard by someone else. */
  public static List<ContactMethod> avoidable() {
    return List.of(PHONE, TEXT, EMAIL, LETTER);
  }
}
