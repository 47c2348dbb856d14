-- Grades and follow-up schedule (issue 4 item 4): days between follow-ups per customer class, per
-- branch; 0 means no schedule for that class.
ALTER TABLE customer_branch_settings
  ADD COLUMN follow_up_days_a integer NOT NULL DEFAULT 0 CHECK (follow_up_days_a BETWEEN 0 AND 3650),
  ADD COLUMN follow_up_days_b integer NOT NULL DEFAULT 0 CHECK (follow_up_days_b BETWEEN 0 AND 3650),
  ADD COLUMN follow_up_days_c integer NOT NULL DEFAULT 0 CHECK (follow_up_days_c BETWEEN 0 AND 3650),
  ADD COLUMN follow_up_days_unclassified integer NOT NULL DEFAULT 0
    CHECK (follow_up_days_unclassified BETWEEN 0 AND 3650);
