-- Identity (R-ID-1..5): branches, departments, roles, users, employees, edge sites, refresh tokens and
-- the append-only audit log. Ids are UUIDs; `seq` is insertion order, the stable cursor of list pages.

-- Substring search of employee names (Chinese included), numbers and phones with ILIKE.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE branches (
  id         uuid PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  code       text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  address    text,
  phone      text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX branches_code_key ON branches (lower(code));

CREATE TABLE departments (
  id         uuid PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  branch_id  uuid NOT NULL REFERENCES branches (id),
  number     text NOT NULL CHECK (length(number) BETWEEN 1 AND 32),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  parent_id  uuid REFERENCES departments (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CONSTRAINT departments_number_key UNIQUE (branch_id, number),
  CHECK (parent_id IS DISTINCT FROM id)
);
CREATE INDEX departments_parent_idx ON departments (parent_id);

CREATE TABLE roles (
  id          uuid PRIMARY KEY,
  seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  key         text UNIQUE,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  description text NOT NULL DEFAULT '',
  built_in    boolean NOT NULL DEFAULT false,
  permissions text[] NOT NULL,
  data_scope  text NOT NULL CHECK (data_scope IN ('own', 'department', 'department_tree', 'branch', 'all')),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  CHECK (built_in = (key IS NOT NULL))
);
CREATE UNIQUE INDEX roles_name_key ON roles (lower(name));

CREATE TABLE users (
  id                   uuid PRIMARY KEY,
  seq                  bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  username             text NOT NULL CHECK (username ~ '^[A-Za-z0-9._-]{3,64}$'),
  display_name         text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  branch_id            uuid NOT NULL REFERENCES branches (id),
  department_id        uuid REFERENCES departments (id),
  -- argon2id, PHC string format.
  password_hash        text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  disabled             boolean NOT NULL DEFAULT false,
  password_changed_at  timestamptz NOT NULL,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE INDEX users_branch_seq_idx ON users (branch_id, seq DESC);
CREATE INDEX users_department_idx ON users (department_id);

CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role_id uuid NOT NULL REFERENCES roles (id),
  PRIMARY KEY (user_id, role_id)
);
CREATE INDEX user_roles_role_idx ON user_roles (role_id);

CREATE TABLE employees (
  id            uuid PRIMARY KEY,
  seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  branch_id     uuid NOT NULL REFERENCES branches (id),
  department_id uuid REFERENCES departments (id),
  user_id       uuid REFERENCES users (id),
  number        text NOT NULL CHECK (length(number) BETWEEN 1 AND 32),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  category      text NOT NULL CHECK (category IN ('staff', 'sales', 'service', 'driver', 'manager', 'other')),
  phone         text,
  address       text,
  email         text,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  CONSTRAINT employees_number_key UNIQUE (branch_id, number),
  CONSTRAINT employees_user_key UNIQUE (user_id)
);
CREATE INDEX employees_branch_seq_idx ON employees (branch_id, seq DESC);
CREATE INDEX employees_department_idx ON employees (department_id);
CREATE INDEX employees_name_trgm_idx ON employees USING gin (name gin_trgm_ops);
CREATE INDEX employees_number_trgm_idx ON employees USING gin (number gin_trgm_ops);
CREATE INDEX employees_phone_trgm_idx ON employees USING gin (phone gin_trgm_ops);

CREATE TABLE sites (
  id           uuid PRIMARY KEY,
  seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  branch_id    uuid NOT NULL REFERENCES branches (id),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- SHA-256 of the key; the key itself is shown once and never stored.
  key_hash     bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
  key_prefix   text NOT NULL,
  created_at   timestamptz NOT NULL,
  rotated_at   timestamptz,
  revoked_at   timestamptz,
  last_seen_at timestamptz
);
CREATE INDEX sites_branch_seq_idx ON sites (branch_id, seq DESC);

-- Rotating refresh tokens: each login starts a family; each refresh spends one token and adds the next.
CREATE TABLE refresh_tokens (
  token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  family_id  uuid NOT NULL,
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  issued_at  timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  spent_at   timestamptz,
  revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at);

-- The audit log of every service (R-ID-4). Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_entries (
  id          uuid PRIMARY KEY,
  seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  occurred_at timestamptz NOT NULL,
  service     text NOT NULL,
  action      text NOT NULL,
  entity_type text NOT NULL,
  entity_id   text NOT NULL,
  actor_id    text NOT NULL,
  actor_name  text,
  branch_id   text NOT NULL,
  request_id  text,
  before      jsonb,
  after       jsonb,
  -- For entries consumed from other services: the event that carried it.
  event_id    uuid UNIQUE
);
CREATE INDEX audit_entries_time_idx ON audit_entries (occurred_at DESC, seq DESC);
CREATE INDEX audit_entries_branch_time_idx ON audit_entries (branch_id, occurred_at DESC, seq DESC);
CREATE INDEX audit_entries_entity_idx ON audit_entries (entity_type, entity_id);
CREATE INDEX audit_entries_actor_idx ON audit_entries (actor_id);

CREATE FUNCTION audit_entries_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entries_no_update_delete
BEFORE UPDATE OR DELETE ON audit_entries
FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();

CREATE TRIGGER audit_entries_no_truncate
BEFORE TRUNCATE ON audit_entries
FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
