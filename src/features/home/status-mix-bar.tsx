import type { StatusCounts } from '@/data/api/contract';

const parts = [
  { key: 'red', status: 'red' },
  { key: 'amber', status: 'amber' },
  { key: 'green', status: 'green' },
  { key: 'notRated', status: 'not-rated' },
] as const;

/**
 * The status mix as one bar, a picture of the counts written beside it (so it is hidden from
 * screen readers and never the only way the mix is told).
 */
export function StatusMixBar({ counts }: { counts: StatusCounts }) {
  if (counts.total === 0) return null;
  return (
    <div className="mix-bar" aria-hidden="true">
      {parts.map(({ key, status }) =>
        counts[key] > 0 ? (
          <span
            key={key}
            className={`mix-bar__part mix-bar__part--${status}`}
            style={{ flexGrow: counts[key] }}
          />
        ) : null,
      )}
    </div>
  );
}
