-- People, their roles, their sessions and the audit log (issue 10; docs/decisions/0015-*, 0016-*).

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  -- scrypt$N$r$p$salt$hash (server/auth/password.ts); NULL for people who only sign in
  -- through the trusted reverse proxy.
  password_hash text,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

-- One row per right held: viewer and administrator name no unit; contributor and approver do.
CREATE TABLE role_grants (
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('viewer', 'contributor', 'approver', 'administrator')),
  structure_id text NOT NULL DEFAULT '',
  node_id text NOT NULL DEFAULT '',
  CHECK ((role IN ('contributor', 'approver')) = (node_id <> '')),
  PRIMARY KEY (user_id, role, structure_id, node_id)
);

-- Only a SHA-256 of each session id and CSRF token is kept: a copy of the database cannot be
-- replayed as a cookie.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  address text NOT NULL DEFAULT '',
  user_agent text NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Settings an administrator has changed (public reading of published figures, …). A setting
-- with no row has its default (server/auth/settings.ts); the migration adds no rows, so a
-- freshly migrated database is still empty for db:restore.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

-- Every change, append-only: who, when, what, the old and new values, why, and from where.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  action text NOT NULL,
  subject text NOT NULL,
  old_value jsonb,
  new_value jsonb,
  reason text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Nothing, not even SQL typed by hand, may change or remove an audit row. (A superuser can
-- still drop the trigger; that act is outside the application and shows in PostgreSQL's logs.)
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
