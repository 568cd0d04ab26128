import { useId } from 'react';
import { chartColour } from './chart-tokens';
import { HatchPattern, svgId } from './hatch-pattern';
import { Marker, type MarkerKind } from './marker';
import './chart.css';

/** One entry of a chart's key: a line (with its dash and marker) or a filled area. */
export interface LegendEntry {
  label: string;
  colour: string;
  /** 'area' draws a filled block, as for a band or zone; 'hatched' the lead's hatched block. */
  kind?: 'line' | 'area' | 'hatched';
  /** Outline of an area, such as the dashed edge of an imported figure's bar. */
  outline?: { colour: string; dash?: string | undefined } | undefined;
  dash?: string | undefined;
  width?: number;
  marker?: MarkerKind;
  markerFill?: string | undefined;
}

export const SWATCH_WIDTH = 28;
export const SWATCH_HEIGHT = 14;

/** The drawing of one key entry, at the origin; shared by the on-page key and downloaded images. */
export function LegendSwatch({ entry }: { entry: LegendEntry }) {
  const patternId = svgId(useId(), 'hatch');
  if (entry.kind === 'hatched') {
    // The pattern travels inside the swatch, so a downloaded image carries it too.
    return (
      <g>
        <defs>
          <HatchPattern id={patternId} size={6} strokeWidth={2} />
        </defs>
        <rect
          width={SWATCH_WIDTH}
          height={SWATCH_HEIGHT}
          fill={`url(#${patternId})`}
          stroke={chartColour.ink}
          strokeWidth={2}
        />
      </g>
    );
  }
  if (entry.kind === 'area') {
    return (
      <rect
        x={1}
        y={1}
        width={SWATCH_WIDTH - 2}
        height={SWATCH_HEIGHT - 2}
        fill={entry.colour}
        stroke={entry.outline?.colour ?? chartColour.muted}
        strokeDasharray={entry.outline?.dash}
        strokeWidth={1.5}
      />
    );
  }
  const middle = SWATCH_HEIGHT / 2;
  return (
    <g>
      {(entry.width ?? 2) > 0 ? (
        <line
          x1={0}
          y1={middle}
          x2={SWATCH_WIDTH}
          y2={middle}
          stroke={entry.colour}
          strokeWidth={entry.width ?? 2}
          strokeDasharray={entry.dash}
        />
      ) : null}
      <Marker
        kind={entry.marker ?? 'none'}
        x={SWATCH_WIDTH / 2}
        y={middle}
        colour={entry.colour}
        fill={entry.markerFill}
        size={4}
      />
    </g>
  );
}

/** The key below a chart, as a list of text so it reads and zooms like the rest of the page. */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="chart-key" aria-label="Chart key">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg
            width={SWATCH_WIDTH}
            height={SWATCH_HEIGHT}
            aria-hidden="true"
            focusable="false"
            overflow="visible"
          >
            <LegendSwatch entry={entry} />
          </svg>{' '}
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
