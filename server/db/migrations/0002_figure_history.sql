-- Every figure changed in Ragstone: its version (the If-Match a correction must send) and the
-- row a writer locks, so two saves of the same figure take turns.
CREATE TABLE figure_slots (
  indicator_id text NOT NULL REFERENCES indicators (id),
  area text NOT NULL,
  period text NOT NULL,
  basis text NOT NULL,
  measure text NOT NULL,
  version integer NOT NULL CHECK (version >= 0),
  PRIMARY KEY (indicator_id, area, period, basis, measure)
);

-- Who changed what, when, from what to what, and why. Rows are only ever added.
CREATE TABLE change_history (
  id bigserial PRIMARY KEY,
  indicator_id text NOT NULL REFERENCES indicators (id),
  area text NOT NULL,
  period text NOT NULL,
  basis text NOT NULL,
  subject text NOT NULL CHECK (subject IN ('actual', 'target', 'floor', 'commentary')),
  version integer NOT NULL CHECK (version > 0),
  before_value double precision,
  after_value double precision,
  text text,
  -- The records the change replaced, exactly as they were.
  replaced jsonb NOT NULL DEFAULT '[]'::jsonb,
  reason text NOT NULL,
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_history_indicator ON change_history (indicator_id, area);
