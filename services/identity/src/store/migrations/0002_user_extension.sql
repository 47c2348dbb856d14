-- A user's telephone extension (R-RT-2): the live push sends a call's screen pop to the users whose
-- extension is ringing. Optional; 2–8 digits; one user per extension in a branch (the same number may
-- exist in another branch, whose PBX is another one).
ALTER TABLE users ADD COLUMN extension text CHECK (extension ~ '^[0-9]{2,8}$');
CREATE UNIQUE INDEX users_branch_extension_key ON users (branch_id, extension) WHERE extension IS NOT NULL;
