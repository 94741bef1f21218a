-- "My work" finds each worker's open cases by the worker allocated to them; without these indexes
-- every landing page would read every case of the worker's areas. Most cases have a worker, but
-- only the open ones are asked for, so the indexes hold those alone.
CREATE INDEX referral_perpetrator_worker ON referral (allocated_perpetrator_worker_id)
    WHERE allocated_perpetrator_worker_id IS NOT NULL
      AND status NOT IN ('REFERRED_ON', 'DID_NOT_ATTEND', 'COMPLETED', 'EXITED_EARLY', 'CLOSED');
CREATE INDEX referral_partner_support_worker ON referral (allocated_partner_support_worker_id)
    WHERE allocated_partner_support_worker_id IS NOT NULL;
