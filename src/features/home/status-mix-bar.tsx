import type { StatusCounts } from '@/data/api/contract';

const parts = [
  { key: 'red', status: 'red' },
  { key: 'amber', status: 'amber' },
  { key: 'green', status: 'green' },
  { key: 'notRated', status: 'not-rated' },
] as const;

export interface MixBarPart {
  key: (typeof parts)[number]['key'];
  status: (typeof parts)[number]['status'];
  /** Where the part starts and how wide it is, in indicators. */
  x: number;
  width: number;
}

/** The statuses with any indicators, left to right (red first), each placed after the last. */
export function mixBarParts(counts: StatusCounts): MixBarPart[] {
  return parts
    .filter(({ key }) => counts[key] > 0)
    .reduce<MixBarPart[]>((drawn, { key, status }) => {
      const last = drawn.at(-1);
      const x = last ? last.x + last.width : 0;
      return [...drawn, { key, status, x, width: counts[key] }];
    }, []);
}

/**
 * The status mix as one bar, a picture of the counts written beside it (so it is hidden from
 * screen readers and never the only way the mix is told).
 *
 * Drawn in SVG with each part's share as geometry (x and width in indicators), not as a `style`
 * attribute: the prerendered page's markup is read under a CSP that ignores inline styles, and
 * hydration would not put them back (scripts/prerender/page-html.ts refuses such markup).
 */
export function StatusMixBar({ counts }: { counts: StatusCounts }) {
  const drawn = mixBarParts(counts);
  const last = drawn.at(-1);
  if (!last) return null;
  return (
    <svg
      className="mix-bar"
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${last.x + last.width} 1`}
      preserveAspectRatio="none"
    >
      {drawn.map(({ key, status, x, width }) => (
        <rect
          key={key}
          className={`mix-bar__part mix-bar__part--${status}`}
          x={x}
          y={0}
          width={width}
          height={1}
        />
      ))}
      {drawn.slice(1).map(({ key, x }) => (
        // A gap between parts that stays 2 px wide however far the bar is stretched.
        <line
          key={`gap-${key}`}
          className="mix-bar__gap"
          x1={x}
          x2={x}
          y1={0}
          y2={1}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}
