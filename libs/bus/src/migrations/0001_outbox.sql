-- Transactional outbox: events are inserted in the same transaction as the change they describe
-- and published to JetStream by the relay afterwards, so an event exists if and only if the
-- change committed.
CREATE TABLE outbox (
  id uuid PRIMARY KEY,                 -- the event id; also Nats-Msg-Id, so a re-publish is dropped
  subject text NOT NULL,               -- without namespace prefix (the relay adds it)
  envelope jsonb NOT NULL,
  seq bigserial NOT NULL UNIQUE,       -- publish order
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);

-- The relay only ever reads unpublished rows in seq order; this index stays small.
CREATE INDEX outbox_unpublished_idx ON outbox (seq) WHERE published_at IS NULL;
-- For the cleanup of old published rows.
CREATE INDEX outbox_published_at_idx ON outbox (published_at) WHERE published_at IS NOT NULL;

-- Wake the relay as soon as a transaction with events commits (NOTIFY is delivered on commit,
-- never for a rolled-back transaction). Once per statement; the payload is not needed.
CREATE FUNCTION outbox_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('crm_outbox', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_notify_after_insert
AFTER INSERT ON outbox
FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
