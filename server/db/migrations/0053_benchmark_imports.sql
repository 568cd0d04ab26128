-- Benchmark figures people imported from files councils download (Fingertips, LG Inform, DfE,
-- Oflog), kept for the comparison page. A removal is recorded, never a delete, so the audit log
-- and this table still say what was there and who took it away.
CREATE TABLE benchmark_imports (
  id text PRIMARY KEY,
  indicator_id text NOT NULL,
  file_name text NOT NULL,
  title text,
  unit_text text,
  unit jsonb,
  polarity text NOT NULL,
  figures jsonb NOT NULL,
  figure_count integer NOT NULL CHECK (figure_count > 0),
  imported_by text NOT NULL,
  imported_by_name text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  removed_by text,
  removed_at timestamptz,
  CHECK ((removed_by IS NULL) = (removed_at IS NULL))
);

CREATE INDEX benchmark_imports_current ON benchmark_imports (imported_at) WHERE removed_at IS NULL;
