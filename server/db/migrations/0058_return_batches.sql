-- A filled returns template committed as one batch (docs/returns-template.md). The batch row says
-- who imported which file and whether it was undone; its entries hold what each row wrote and what
-- was there before, so an undo can put every slot back as new history instead of deleting it.
CREATE TABLE return_batches (
  id text PRIMARY KEY,
  file_name text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('draft', 'submitted')),
  created_by_id text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  undone_at timestamptz,
  undone_by text
);

CREATE TABLE return_batch_entries (
  id bigserial PRIMARY KEY,
  batch_id text NOT NULL REFERENCES return_batches (id),
  kind text NOT NULL CHECK (kind IN ('return', 'definition', 'target', 'floor')),
  indicator_id text NOT NULL REFERENCES indicators (id),
  area text NOT NULL DEFAULT '',
  period text NOT NULL DEFAULT '',
  -- The return, definition or figure value before the batch (null: there was none).
  before jsonb,
  after jsonb NOT NULL,
  -- The return's version the batch wrote: an undo refuses if it has moved on since.
  written_version integer
);
CREATE INDEX return_batch_entries_batch ON return_batch_entries (batch_id);

-- The batch a return was last written by (null: typed in, or undone).
ALTER TABLE figure_returns ADD COLUMN batch_id text REFERENCES return_batches (id);

-- Changes to an indicator's definition (title, polarity, monthly profile), never overwritten:
-- the indicators row holds the current record, this table every record it replaced.
CREATE TABLE definition_history (
  id bigserial PRIMARY KEY,
  indicator_id text NOT NULL REFERENCES indicators (id),
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  reason text NOT NULL,
  batch_id text REFERENCES return_batches (id),
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX definition_history_indicator ON definition_history (indicator_id);
