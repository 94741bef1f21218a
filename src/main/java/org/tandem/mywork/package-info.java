/**
 * My work: the page each role lands on, gathering what is due and overdue from every feature for
 * the signed-in worker. It sits on top of the other features: it reads their tables and public
 * types, and nothing uses it.
 */
package org.tandem.mywork;
