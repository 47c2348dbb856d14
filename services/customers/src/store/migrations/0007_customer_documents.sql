-- Documents attached to customers (R-CUS-10). The bytes are kept here, in the customers database
-- (bytea, stored out of line by TOAST): they survive restarts like every other row and are part of
-- the database backup (pg_dump, base backups, replicas) together with the records they belong to;
-- there is no second store to back up or keep consistent. The size limit (DOCUMENT_MAX_BYTES,
-- 10 MiB by default) keeps them well within what bytea handles comfortably.
CREATE TABLE customer_documents (
  id           uuid PRIMARY KEY,
  customer_id  uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  branch_id    text NOT NULL,
  file_name    text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  content_type text NOT NULL CHECK (length(content_type) BETWEEN 1 AND 200),
  size_bytes   integer NOT NULL CHECK (size_bytes > 0),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL CHECK (octet_length(content) = size_bytes),
  uploaded_by  text NOT NULL,
  uploaded_at  timestamptz NOT NULL
);
-- Most allowed types are compressed already (PDF, images, Office zips): do not try again.
ALTER TABLE customer_documents ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX customer_documents_customer_idx ON customer_documents (customer_id, uploaded_at DESC, id DESC);
