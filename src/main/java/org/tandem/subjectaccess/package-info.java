/**
 * Subject access: a service manager prepares, for one person on a case (the man, a partner or a
 * child), everything Tandem holds about them as JSON and PDF, reviews what is withheld, and
 * releases it; every disclosure is recorded with a hash of what was released.
 */
package org.tandem.subjectaccess;
