-- Monthly profiles administrators set per financial year (issue 10, ADR 0066). Rows are only
-- added: each is the next version of an indicator's profile for a year, and the highest version is
-- in force. `shares` are the twelve months April to March in percent, adding up to 100
-- (src/domain/set-profiles.ts checks it before a row is written).
CREATE TABLE target_profiles (
  id bigserial PRIMARY KEY,
  indicator_id text NOT NULL REFERENCES indicators (id),
  year text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  shares jsonb NOT NULL CHECK (jsonb_typeof(shares) = 'array' AND jsonb_array_length(shares) = 12),
  reason text NOT NULL DEFAULT '',
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now(),
  -- Two administrators saving the same version: one wins, the other gets a 409.
  UNIQUE (indicator_id, year, version)
);
