-- The partner-support task list counts and lists the open tasks of the cases in the worker's
-- areas. The only index on open tasks was by due date, across every area, so counting one area's
-- open tasks read every open task in the country (53,697 in the 100,000-family benchmark history;
-- 62 ms). By case, an area's open tasks are found through its own cases (8 ms).
CREATE INDEX partner_support_task_open_by_case ON partner_support_task (referral_id, due_at)
    WHERE completed_at IS NULL;
