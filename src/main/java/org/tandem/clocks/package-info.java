/**
 * The service's clocks: the times contracts judge a service on, from each referral to the first
 * attempt to contact him, his assessment and his programme start, and to the first attempt to
 * contact her and reaching her; the targets the service sets in working days, each case's clocks,
 * and the breaches a manager is shown. Also the record of attempts to contact him, which starts his
 * first clock's end.
 */
package org.tandem.clocks;
