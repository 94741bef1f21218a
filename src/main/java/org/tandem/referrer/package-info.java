/**
 * Referrers online: people at outside agencies (children's social care, probation, Cafcass, the
 * police) invited by a service manager, who refer men on the service's own referral pages, follow
 * the referrals they or their agency made, download the reports released to them and return their
 * evaluation. They see nothing else of a case and nothing of hers.
 */
package org.tandem.referrer;
