package org.tandem.mywork;

import java.time.ZonedDateTime;

/** His next booked appointment, as a line of the caseload shows it. */
record CaseNextAppointment(ZonedDateTime at, String kind, String place) {}
