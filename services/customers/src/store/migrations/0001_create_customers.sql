-- Customer records (R-CUS-1). Every business row carries branch_id (DESIGN rule 6).
CREATE TABLE customers (
  id            uuid PRIMARY KEY,
  -- Insertion order: the stable cursor of list pages.
  seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  branch_id     text NOT NULL,
  department_id text,
  owner_id      text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('CUSTOMER_KIND_COMPANY', 'CUSTOMER_KIND_INDIVIDUAL')),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  phone         text CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
  email         text,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);

CREATE INDEX customers_branch_seq_idx ON customers (branch_id, seq DESC);
CREATE INDEX customers_phone_idx ON customers (phone) WHERE phone IS NOT NULL;
