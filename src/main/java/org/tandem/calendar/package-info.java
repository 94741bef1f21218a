/**
 * Time as the service counts it: one clock, in Europe/London, that every feature asks for "now" and
 * "today".
 */
package org.tandem.calendar;
