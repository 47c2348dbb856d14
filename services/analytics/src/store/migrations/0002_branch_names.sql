-- Read model fed by crm.identity.branch.created/updated: the names of the branches counted, so an
-- answer names its branches (identity owns them; analytics keeps its own copy).
CREATE TABLE branch_names (
  branch_id  text PRIMARY KEY,
  name       text NOT NULL,
  -- When identity made the change: an older event arriving late changes nothing.
  changed_at timestamptz NOT NULL
);
