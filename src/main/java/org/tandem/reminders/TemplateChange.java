package org.tandem.reminders;

/**
 * A change to one of the service's reminders as typed: the template ids are checked here, so a
 * mistyped id is answered beside its field, not saved to fail at every send.
 */
public record TemplateChange(
    String smsTemplateId,
    String emailTemplateId,
    String smsTemplateIdCy,
    String emailTemplateIdCy,
    String daysBefore,
    String sendAt,
    boolean active,
    int version) {}
