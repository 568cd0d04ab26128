/**
 * The widths at which layouts change, the one source for CSS and TypeScript.
 *
 * CSS custom properties cannot be used inside media queries, so stylesheets write these values
 * literally (`@media (max-width: 40rem)`) and `tokens.test.ts` fails when a media query uses any
 * width not listed here. Code that must follow the same switch (a chart giving its labels less
 * room) asks `mediaQuery('narrow')` instead of writing its own width.
 */
export const BREAKPOINTS = {
  /** Single-column forms and filters: a phone held upright. */
  small: '30rem',
  /** Phone-width screens: tighter page padding, two status cards to a row, shorter chart labels. */
  narrow: '40rem',
  /** Narrow windows and 200% zoom on a laptop: wide tables reflow into blocks, side panels stack. */
  medium: '60rem',
} as const;

export type Breakpoint = keyof typeof BREAKPOINTS;

/** The media query for screens at or below a breakpoint, as CSS writes it. */
export function mediaQuery(breakpoint: Breakpoint): string {
  return `(max-width: ${BREAKPOINTS[breakpoint]})`;
}
