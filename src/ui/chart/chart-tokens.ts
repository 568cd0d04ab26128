/**
 * The chart colours, read from the stylesheet that sets them as custom properties
 * (src/ui/styles/chart-tokens.css), so CSS and chart code share one set and no chart writes a hex
 * literal of its own. Values are plain colours rather than `var(--…)` so that a downloaded SVG or
 * PNG, which has no page stylesheet, draws the same colours.
 */
import tokenCss from '../styles/chart-tokens.css?raw';

const TOKEN_NAMES = [
  'ink',
  'paper',
  'grid',
  'muted',
  'actual',
  'estimate',
  'forecast',
  'target',
  'floor',
  'expected',
  'target-without-stretch',
  'target-with-stretch',
  'ytd',
  'baseline',
  'red-zone',
  'bar',
  'bar-edge',
  'lead',
  'lead-tint',
  'band',
  'median',
] as const;

export type ChartToken = (typeof TOKEN_NAMES)[number];

/** Every `--chart-name: value;` declaration in the token stylesheet, by name. */
export function readChartTokens(css: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const match of css.matchAll(/--chart-([a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    const [, name, value] = match;
    if (name !== undefined && value !== undefined) tokens.set(name, value.trim());
  }
  return tokens;
}

const declared = readChartTokens(tokenCss);

function required(name: string): string {
  const value = declared.get(name);
  if (value === undefined) throw new Error(`chart-tokens.css does not set --chart-${name}`);
  return value;
}

export const chartColour: Readonly<Record<ChartToken, string>> = Object.fromEntries(
  TOKEN_NAMES.map((name) => [name, required(name)]),
) as Record<ChartToken, string>;

/** Line colours for areas drawn side by side, in order; each also gets its own dash and marker. */
export const seriesColours: readonly string[] = [...declared.entries()]
  .filter(([name]) => /^series-\d+$/.test(name))
  .sort(([a], [b]) => Number(a.slice(7)) - Number(b.slice(7)))
  .map(([, value]) => value);
