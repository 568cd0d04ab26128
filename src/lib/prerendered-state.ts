/**
 * The data a page rendered ahead of time was drawn from (ADR 0086): written by
 * `scripts/prerender.ts` into `<script type="application/json" id="ragstone-prerendered">`, which the
 * browser never executes (the CSP forbids inline script), and read by src/main.tsx to hydrate.
 */
import type { DehydratedState } from '@tanstack/react-query';

export const PRERENDERED_STATE_ID = 'ragstone-prerendered';

/** The plain page for every address that has no page of its own (a static host's fallback). */
export const APP_SHELL_FILE = 'app-shell.html';

export interface PrerenderedState {
  /** The path and query the markup was rendered for: `/dashboard`, `/organisation/cc-2012/x`. */
  address: string;
  queries: DehydratedState;
}

/** The state in the page, or null when there is none or it cannot be read (then the app renders afresh). */
export function readPrerenderedState(
  doc: Pick<Document, 'getElementById'>,
): PrerenderedState | null {
  const text = doc.getElementById(PRERENDERED_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { address, queries } = value as Partial<PrerenderedState>;
    if (typeof address !== 'string' || typeof queries !== 'object') return null;
    return { address, queries };
  } catch {
    return null;
  }
}

/**
 * The top-level folders of dist/ that hold only prerendered pages (scripts/prerender writes `/`,
 * `/dashboard`, `/compare`, `/organisation/…` and `/indicators/…`); `npm run publish:db` leaves
 * them out, since their figures are the build's dataset's, not the database's.
 */
export const PRERENDERED_FOLDERS = ['dashboard', 'compare', 'organisation', 'indicators'] as const;
