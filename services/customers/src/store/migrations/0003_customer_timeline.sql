-- The customer timeline (R-CUS-*, issue 4 item 6): follow-ups written by staff and entries fed by
-- events of other services (source_event_id, unique, makes a redelivery change nothing).
ALTER TABLE customers ADD COLUMN last_follow_up_at timestamptz;

CREATE TABLE customer_timeline (
  id              uuid PRIMARY KEY,
  customer_id     uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  branch_id       text NOT NULL,
  kind            text NOT NULL
    CHECK (kind IN ('visit', 'call', 'message', 'note', 'card_tap', 'call_in', 'quote', 'order', 'ticket')),
  occurred_at     timestamptz NOT NULL,
  author_id       text,
  summary         text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
  details         jsonb NOT NULL DEFAULT '{}'
    CHECK (jsonb_typeof(details) = 'object' AND octet_length(details::text) <= 16384),
  source_event_id text UNIQUE,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX customer_timeline_customer_idx ON customer_timeline (customer_id, occurred_at DESC, id DESC);
