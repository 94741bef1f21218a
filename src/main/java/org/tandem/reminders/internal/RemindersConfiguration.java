package org.tandem.reminders.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reminders job runs on Spring's scheduler, which nothing else in Tandem needed before. */
@Configuration
@EnableScheduling
class RemindersConfiguration {}
