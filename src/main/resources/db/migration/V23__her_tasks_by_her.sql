-- Her record shows her evaluation tasks, found by her id. Nothing indexed partner-support tasks by
-- woman, so every opening of her record read all of them (929,128 in the 100,000-family benchmark
-- history: 50 to 70 ms, most of her record's time).
CREATE INDEX partner_support_task_partner ON partner_support_task (partner_id);
