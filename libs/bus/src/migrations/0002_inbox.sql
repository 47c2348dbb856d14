-- Inbox: the events each consumer has processed. The row is inserted in the same transaction as
-- the handler's writes, so a redelivered event is recognised and skipped.
CREATE TABLE inbox (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);

-- For the cleanup of entries older than any possible redelivery.
CREATE INDEX inbox_processed_at_idx ON inbox (processed_at);
