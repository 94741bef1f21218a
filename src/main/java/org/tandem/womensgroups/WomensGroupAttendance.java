package org.tandem.womensgroups;

import java.time.LocalDate;

/**
 * One women's group session as it concerns one woman: the group, the date, what it covered, and
 * whether she came. Behind the wall: only for partner support and managers.
 */
public record WomensGroupAttendance(
    long groupId,
    long sessionId,
    String groupName,
    LocalDate heldOn,
    String topic,
    boolean attended,
    String absenceReason) {}
