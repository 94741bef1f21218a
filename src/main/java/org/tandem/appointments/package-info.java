/**
 * Appointments with him: assessment appointments and one-to-one sessions, booked with a date, time,
 * place and worker, and what happened at each.
 */
package org.tandem.appointments;
