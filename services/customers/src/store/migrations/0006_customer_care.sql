-- Churn (流失, R-CUS-8) and special care (R-CUS-9, issue 4 items 9 and 10).

-- Churn state on the record. last_activity_at is the latest sign of life (a follow-up, a
-- reactivation; purchases will move it too once sales events arrive); NULL means "since created_at".
ALTER TABLE customers
  ADD COLUMN last_activity_at timestamptz,
  ADD COLUMN churn_status text NOT NULL DEFAULT 'active'
    CHECK (churn_status IN ('active', 'at_risk', 'paused', 'confirmed')),
  -- When the current at-risk episode began (the churn_flagged event went out for it).
  ADD COLUMN churn_flagged_at timestamptz,
  ADD COLUMN churn_pause_plan text CHECK (length(churn_pause_plan) <= 2000),
  ADD COLUMN churn_pause_until date,
  ADD COLUMN churn_reason text CHECK (length(churn_reason) <= 500),
  ADD COLUMN churn_changed_by text,
  ADD COLUMN churn_changed_at timestamptz,
  -- [{ "label": "合作纪念日", "date": "2019-05-20" }], at most 10.
  ADD COLUMN anniversaries jsonb NOT NULL DEFAULT '[]'
    CHECK (jsonb_typeof(anniversaries) = 'array' AND jsonb_array_length(anniversaries) <= 10);
UPDATE customers SET last_activity_at = last_follow_up_at WHERE last_follow_up_at IS NOT NULL;

-- The churn list (least recently active first) and the sweep's candidates.
CREATE INDEX customers_churn_list_idx ON customers (churn_status, (coalesce(last_activity_at, created_at)), id)
  WHERE churn_status <> 'active' AND deleted_at IS NULL;
CREATE INDEX customers_churn_sweep_idx ON customers ((coalesce(last_activity_at, created_at)))
  WHERE churn_status IN ('active', 'paused') AND owner_id IS NOT NULL AND deleted_at IS NULL;

-- Per-branch settings; the defaults here are the defaults of a branch without a row (customer-settings.ts).
ALTER TABLE customer_branch_settings
  ADD COLUMN churn_at_risk_days integer NOT NULL DEFAULT 90 CHECK (churn_at_risk_days BETWEEN 0 AND 3650),
  ADD COLUMN care_lead_days integer NOT NULL DEFAULT 3 CHECK (care_lead_days BETWEEN 0 AND 60);

-- crm.customers.care.due goes out once per occasion and year: a row here is that promise.
-- contact_id is '' for the customer's own anniversaries.
CREATE TABLE customer_care_notices (
  customer_id  uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  contact_id   text NOT NULL,
  occasion_key text NOT NULL CHECK (length(occasion_key) <= 200),
  year         integer NOT NULL,
  published_at timestamptz NOT NULL,
  PRIMARY KEY (customer_id, contact_id, occasion_key, year)
);

-- Timeline entries of churn changes and documents.
ALTER TABLE customer_timeline DROP CONSTRAINT customer_timeline_kind_check;
ALTER TABLE customer_timeline ADD CONSTRAINT customer_timeline_kind_check
  CHECK (kind IN ('visit', 'call', 'message', 'note', 'card_tap', 'call_in', 'quote', 'order', 'ticket',
    'churn', 'document'));
