-- The full customer profile (R-CUS-1), entry review (R-CUS-6), recycle bin (R-CUS-7), search
-- (R-CUS-2) and optimistic concurrency. Limits match services/customers/src/domain/customer.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Name order: pinyin (ICU "zh") where the server has ICU, code points otherwise. Queries always
-- name this collation, so they work either way.
DO $$
BEGIN
  BEGIN
    CREATE COLLATION customers_name (provider = icu, locale = 'zh');
  EXCEPTION WHEN OTHERS THEN
    CREATE COLLATION customers_name FROM "C";
  END;
END $$;

-- NULL: in the public pool (公海).
ALTER TABLE customers ALTER COLUMN owner_id DROP NOT NULL;

ALTER TABLE customers
  ADD COLUMN name_normalized text NOT NULL DEFAULT '',
  ADD COLUMN phones text[] NOT NULL DEFAULT '{}'
    CHECK (cardinality(phones) <= 10 AND array_to_string(phones, ',') ~ '^(\+[1-9][0-9]{6,14}(,|$))*$'),
  ADD COLUMN province text CHECK (length(province) <= 100),
  ADD COLUMN city text CHECK (length(city) <= 100),
  ADD COLUMN district text CHECK (length(district) <= 100),
  ADD COLUMN address_detail text CHECK (length(address_detail) <= 500),
  ADD COLUMN source text CHECK (length(source) <= 100),
  ADD COLUMN tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 20),
  ADD COLUMN notes text CHECK (length(notes) <= 5000),
  ADD COLUMN custom_fields jsonb NOT NULL DEFAULT '{}'
    CHECK (jsonb_typeof(custom_fields) = 'object' AND octet_length(custom_fields::text) <= 32768),
  ADD COLUMN level text NOT NULL DEFAULT 'ordinary' CHECK (level IN ('ordinary', 'high_intent')),
  ADD COLUMN grade_class text CHECK (grade_class IN ('A', 'B', 'C')),
  -- Fed by sales events later; ranks search results (R-CUS-2).
  ADD COLUMN purchase_quantity numeric(20, 3) NOT NULL DEFAULT 0,
  ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'pending_review', 'rejected')),
  ADD COLUMN review_note text CHECK (length(review_note) <= 500),
  ADD COLUMN reviewed_by text,
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_by text,
  ADD COLUMN deleted_at timestamptz,
  ADD COLUMN deleted_by text,
  ADD COLUMN merged_into uuid REFERENCES customers (id) ON DELETE SET NULL,
  ADD COLUMN address_search text GENERATED ALWAYS AS (
    coalesce(province, '') || ' ' || coalesce(city, '') || ' ' || coalesce(district, '') || ' ' || coalesce(address_detail, '')
  ) STORED;

UPDATE customers SET phones = ARRAY[phone] WHERE phone IS NOT NULL;
UPDATE customers SET name_normalized = lower(regexp_replace(normalize(name, NFKC), '[[:space:][:punct:]]+', '', 'g'));
DROP INDEX customers_phone_idx;
ALTER TABLE customers DROP COLUMN phone;

-- Search (R-CUS-2): substrings of names and addresses, phones, tags; the three sort orders.
CREATE INDEX customers_name_trgm_idx ON customers USING gin (name gin_trgm_ops);
CREATE INDEX customers_address_trgm_idx ON customers USING gin (address_search gin_trgm_ops);
CREATE INDEX customers_phones_idx ON customers USING gin (phones);
CREATE INDEX customers_tags_idx ON customers USING gin (tags);
CREATE INDEX customers_city_idx ON customers (city);
CREATE INDEX customers_owner_idx ON customers (owner_id);
CREATE INDEX customers_seq_live_idx ON customers (seq DESC) WHERE deleted_at IS NULL;
CREATE INDEX customers_name_sort_idx ON customers ((name COLLATE customers_name), seq) WHERE deleted_at IS NULL;
CREATE INDEX customers_purchase_idx ON customers (purchase_quantity DESC, seq DESC) WHERE deleted_at IS NULL;
CREATE INDEX customers_deleted_idx ON customers (deleted_at DESC, seq DESC) WHERE deleted_at IS NOT NULL;
-- Duplicate check (查重, R-CUS-6).
CREATE INDEX customers_name_normalized_idx ON customers (name_normalized);

-- Contact persons: several per customer, each with its own phones (a call from one finds the customer).
CREATE TABLE customer_contacts (
  id          uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  branch_id   text NOT NULL,
  position    smallint NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  title       text CHECK (length(title) <= 100),
  phones      text[] NOT NULL DEFAULT '{}'
    CHECK (cardinality(phones) <= 5 AND array_to_string(phones, ',') ~ '^(\+[1-9][0-9]{6,14}(,|$))*$'),
  email       text CHECK (length(email) <= 254),
  birthday    date,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX customer_contacts_customer_idx ON customer_contacts (customer_id, position);
CREATE INDEX customer_contacts_phones_idx ON customer_contacts USING gin (phones);

-- Contactless cards (R-RT-1). A UID is unique among active cards; revoked and replaced ones stay as history.
CREATE TABLE customer_cards (
  id            uuid PRIMARY KEY,
  customer_id   uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  branch_id     text NOT NULL,
  uid           text NOT NULL CHECK (uid ~ '^([0-9A-F]{2}){4,10}$'),
  status        text NOT NULL CHECK (status IN ('active', 'revoked', 'replaced')),
  issued_at     timestamptz NOT NULL,
  issued_by     text NOT NULL,
  revoked_at    timestamptz,
  revoked_by    text,
  revoke_reason text CHECK (length(revoke_reason) <= 500),
  replaced_by   uuid REFERENCES customer_cards (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX customer_cards_active_uid_idx ON customer_cards (uid) WHERE status = 'active';
CREATE INDEX customer_cards_customer_idx ON customer_cards (customer_id);

-- Custom fields per branch: the JSONB values of customers.custom_fields are validated against them.
CREATE TABLE customer_field_definitions (
  id         uuid PRIMARY KEY,
  branch_id  text NOT NULL,
  key        text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  label      text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
  type       text NOT NULL CHECK (type IN ('text', 'number', 'date', 'option')),
  options    text[] NOT NULL DEFAULT '{}' CHECK (cardinality(options) <= 50),
  required   boolean NOT NULL DEFAULT false,
  position   integer NOT NULL DEFAULT 0,
  version    integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (branch_id, key)
);

-- Per-branch settings (entry review policy, R-CUS-6). A branch without a row has the defaults.
CREATE TABLE customer_branch_settings (
  branch_id    text PRIMARY KEY,
  entry_review text NOT NULL DEFAULT 'none' CHECK (entry_review IN ('none', 'duplicates', 'all')),
  version      integer NOT NULL DEFAULT 1,
  updated_at   timestamptz NOT NULL,
  updated_by   text NOT NULL
);
