/**
 * The arithmetic of a plain SVG chart: nice axis ticks, value-to-pixel scales and how many
 * category labels fit. Pure functions: charts never measure text, they estimate it from the
 * number of characters, so drawing 152 labelled areas costs no layout work.
 */

/** A tick step of 1, 2, 2.5 or 5 times a power of ten, close to span / count. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= raw) ?? 10;
  return step * magnitude;
}

export interface NiceScale {
  domain: [number, number];
  ticks: number[];
}

/** Extends [min, max] outwards to whole steps and lists the ticks between. */
export function niceScale(min: number, max: number, count = 4): NiceScale {
  const low = Math.min(min, max);
  const high = max === low ? low + 1 : Math.max(min, max);
  const step = niceStep(high - low, count);
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded so 0.1 + 0.2 style drift does not print as 0.30000000000000004.
  for (let value = start; value <= end + step / 2; value += step)
    ticks.push(Number(value.toPrecision(12)));
  return { domain: [start, ticks[ticks.length - 1] ?? end], ticks };
}

/** Maps a value in `domain` linearly onto `range` (which may run downwards, as a y axis does). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Average advance of a character of the body font, in ems, erring wide. */
const CHAR_EM = 0.6;

/** Pixels a line of `text` takes at `fontSize`, estimated from its length. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_EM);
}

/**
 * Pixels the value axis needs for its widest tick label, at least 24 so a short axis ('0', '5')
 * still stands clear of the plot.
 */
export function tickLabelWidth(
  ticks: readonly number[],
  formatTick: (value: number) => string,
  fontSize: number,
): number {
  return Math.max(...ticks.map((tick) => estimateTextWidth(formatTick(tick), fontSize)), 24);
}

/** Shortens `text` to fit `width` pixels at `fontSize`, ending in an ellipsis when cut. */
export function fitText(text: string, width: number, fontSize: number): string {
  const chars = Math.max(3, Math.floor(width / (fontSize * CHAR_EM)));
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}\u2026`;
}

/** Every how-many-th category gets a label so that labels of `labelWidth` px do not overlap. */
export function labelInterval(count: number, plotWidth: number, labelWidth: number): number {
  if (count <= 1 || plotWidth <= 0) return 1;
  const perLabel = plotWidth / count;
  return Math.max(1, Math.ceil((labelWidth + 8) / perLabel));
}
