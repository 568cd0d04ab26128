-- When each indicator's return is due, as administrators set it (issue 10). Rows are only added:
-- the newest row for an indicator is the rule in force, the older ones its history. An indicator
-- with no row follows the default for its frequency (src/domain/due-dates.ts); `days` NULL records
-- an administrator going back to that default.
CREATE TABLE due_date_rules (
  id bigserial PRIMARY KEY,
  indicator_id text NOT NULL REFERENCES indicators (id),
  kind text CHECK (kind IN ('working-days-after-period-end', 'calendar-days-after-period-end')),
  days integer CHECK (days BETWEEN 1 AND 366),
  CHECK ((kind IS NULL) = (days IS NULL)),
  reason text NOT NULL DEFAULT '',
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX due_date_rules_indicator ON due_date_rules (indicator_id, id);
