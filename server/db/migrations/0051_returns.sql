-- The return for one indicator, area and period while it goes through the cycle (draft,
-- submitted, returned, approved). Approving also records the figure as published in
-- observations/change_history; this table keeps the work in progress and who did what.
CREATE TABLE figure_returns (
  indicator_id text NOT NULL REFERENCES indicators (id),
  area text NOT NULL,
  period text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
  value double precision,
  commentary text,
  submitted_by text,
  return_reason text,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL CHECK (version > 0),
  PRIMARY KEY (indicator_id, area, period)
);
