-- Read model fed by crm.customers.customer.created: how many customers each branch has (R-ANA-1).
CREATE TABLE branch_customer_counts (
  branch_id  text PRIMARY KEY,
  customers  bigint NOT NULL DEFAULT 0 CHECK (customers >= 0),
  updated_at timestamptz NOT NULL
);
