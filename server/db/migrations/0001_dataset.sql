-- The dataset, one row per record. Key columns for lookups; the record itself as validated JSON
-- (src/data/contract/dataset-schema.ts is its schema, checked again when rows are read back).
CREATE TABLE dataset_info (
  id integer PRIMARY KEY CHECK (id = 1),
  manifest jsonb NOT NULL,
  problems jsonb NOT NULL DEFAULT '[]'::jsonb,
  source text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE areas (position integer NOT NULL, id text PRIMARY KEY, record jsonb NOT NULL);
CREATE TABLE comparator_groups (position integer NOT NULL, id text PRIMARY KEY, record jsonb NOT NULL);
CREATE TABLE structures (position integer NOT NULL, id text PRIMARY KEY, record jsonb NOT NULL);
CREATE TABLE indicators (position integer NOT NULL, id text PRIMARY KEY, record jsonb NOT NULL);
CREATE TABLE quality_notes (position integer NOT NULL, id text PRIMARY KEY, record jsonb NOT NULL);
CREATE TABLE comparison_tables (position integer NOT NULL, id text PRIMARY KEY, record jsonb NOT NULL);

-- The papers may print the same figure more than once, so a slot is indexed, not unique.
CREATE TABLE observations (
  id bigserial PRIMARY KEY,
  indicator_id text NOT NULL REFERENCES indicators (id),
  area text NOT NULL,
  period text NOT NULL,
  basis text NOT NULL,
  measure text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX observations_slot ON observations (indicator_id, area, period, basis, measure);

CREATE TABLE commentary (
  id bigserial PRIMARY KEY,
  indicator_id text NOT NULL REFERENCES indicators (id),
  area text NOT NULL,
  period text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX commentary_indicator ON commentary (indicator_id, area);
