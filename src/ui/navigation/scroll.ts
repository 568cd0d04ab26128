/**
 * Where the window scrolls after a change of address, as TanStack Router did before ADR 0078:
 * a new page (or a new query) starts at the top, or at its `#fragment`; Back and Forward return
 * to where the reader was on that entry. The pages draw their data after they appear, so a
 * position is re-applied on the next frames until the page is tall enough to hold it.
 */

type Intent =
  { kind: 'top' } | { kind: 'keep' } | { kind: 'hash'; id: string } | { kind: 'restore' };

const STORE_KEY = 'ragstone.scroll';
const SETTLE_MS = 2_000;
let pending: Intent = { kind: 'restore' };

function readPositions(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(STORE_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

function entryKey(): string | undefined {
  const state: unknown = history.state;
  if (state !== null && typeof state === 'object' && 'key' in state) {
    const key = state.key;
    if (typeof key === 'string') return key;
  }
  return undefined;
}

/** Remembers how far down the current entry is, before leaving it. */
export function rememberScroll(): void {
  const key = entryKey();
  if (key === undefined) return;
  try {
    sessionStorage.setItem(
      STORE_KEY,
      JSON.stringify({ ...readPositions(), [key]: window.scrollY }),
    );
  } catch {
    // Storage full or refused: Back then starts at the top, which is harmless.
  }
}

/** A fresh history entry's state: a key its scroll position is remembered by. */
export function newEntryState(): { key: string } {
  return { key: Math.random().toString(36).slice(2, 10) };
}

export function expectScroll(intent: Intent): void {
  pending = intent;
}

/** Called once by the app: Back and Forward restore; the app, not the browser, places the page. */
export function listenForHistoryMoves(): () => void {
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  // The entry the app opened on needs a key too, so Back to it finds its position.
  if (entryKey() === undefined) history.replaceState(newEntryState(), '');
  const onPop = () => {
    expectScroll({ kind: 'restore' });
  };
  const onLeave = () => {
    rememberScroll();
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener('pagehide', onLeave);
  return () => {
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', onLeave);
  };
}

/** Tries `place` on each frame until it succeeds or the page has had time to draw its data. */
function settle(place: () => boolean): void {
  const start = performance.now();
  const attempt = () => {
    if (place() || performance.now() - start > SETTLE_MS) return;
    requestAnimationFrame(attempt);
  };
  attempt();
}

/** Applies what the last navigation asked for; called after each change of address is rendered. */
export function applyScroll(): void {
  const intent = pending;
  pending = { kind: 'top' };
  if (intent.kind === 'keep') return;
  if (intent.kind === 'top') {
    window.scrollTo(0, 0);
    return;
  }
  if (intent.kind === 'hash') {
    settle(() => {
      const target = document.getElementById(intent.id);
      target?.scrollIntoView();
      return target !== null;
    });
    return;
  }
  const key = entryKey();
  const top = key === undefined ? undefined : readPositions()[key];
  const hash = decodeURIComponent(window.location.hash.slice(1));
  if (top === undefined) {
    if (hash) applyHash(hash);
    return;
  }
  settle(() => {
    window.scrollTo(0, top);
    return Math.abs(window.scrollY - top) < 2;
  });
}

function applyHash(id: string) {
  expectScroll({ kind: 'hash', id });
  applyScroll();
}
