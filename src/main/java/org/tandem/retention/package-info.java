/**
 * Retention and erasure: the schedule the service sets for how long it keeps a case, legal holds
 * that stop a case being anonymised, the manager's preview of what will be anonymised next, and the
 * job that anonymises each case past its date. Anonymising removes names, contact details,
 * addresses and free text and keeps the coded facts (statuses, dates, outcome codes, scores), so
 * every published figure can still be reproduced from them.
 */
package org.tandem.retention;
