/**
 * Reminders of appointments by GOV.UK Notify: his preference (text, email or none), the templates
 * the service sets, an outbox filled when an appointment is booked and emptied by a scheduled job,
 * and reminders to her, sent only when her contact rules allow it at the time.
 */
package org.tandem.reminders;
