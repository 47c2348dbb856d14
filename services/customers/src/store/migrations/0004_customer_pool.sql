-- Ownership and the public pool (公海, issue 4 item 5): who owned a record before it was released,
-- since when its owner has it (the idle clock starts there), and the per-branch pool rules.
ALTER TABLE customers
  ADD COLUMN owned_since timestamptz,
  ADD COLUMN released_at timestamptz,
  ADD COLUMN previous_owner_id text,
  -- The due time the last "return to the pool soon" reminder was published for (once per due time).
  ADD COLUMN pool_reminder_for timestamptz;
UPDATE customers SET owned_since = created_at WHERE owner_id IS NOT NULL;
CREATE INDEX customers_pool_idx ON customers (branch_id, released_at DESC, id)
  WHERE owner_id IS NULL AND deleted_at IS NULL;
CREATE INDEX customers_owned_idx ON customers (branch_id, owner_id)
  WHERE owner_id IS NOT NULL AND deleted_at IS NULL;

-- 0 means "no cap" (max owned) and "never" (auto return); the defaults change nothing.
ALTER TABLE customer_branch_settings
  ADD COLUMN pool_max_owned integer NOT NULL DEFAULT 0 CHECK (pool_max_owned BETWEEN 0 AND 100000),
  ADD COLUMN pool_reclaim_block_days integer NOT NULL DEFAULT 0
    CHECK (pool_reclaim_block_days BETWEEN 0 AND 3650),
  ADD COLUMN pool_auto_return_days_ordinary integer NOT NULL DEFAULT 0
    CHECK (pool_auto_return_days_ordinary BETWEEN 0 AND 3650),
  ADD COLUMN pool_auto_return_days_high_intent integer NOT NULL DEFAULT 0
    CHECK (pool_auto_return_days_high_intent BETWEEN 0 AND 3650),
  ADD COLUMN pool_return_reminder_days integer NOT NULL DEFAULT 0
    CHECK (pool_return_reminder_days BETWEEN 0 AND 3650);
