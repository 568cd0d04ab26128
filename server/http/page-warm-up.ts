/**
 * Draws the main pages before anyone asks for them (ADR 0099): once the render entry has loaded at
 * start, and again after each write has emptied the page cache (ADR 0094), so their first reader
 * gets a kept page in milliseconds instead of waiting for a render, which on a busy machine can run
 * past the render timeout (the first render after start also compiles the render entry's code) and
 * send the plain page instead. It runs in the background: the server answers from the start, and a
 * reader asking for a page while it is being drawn waits for that one render (page-render.ts).
 */
import { DEFAULT_STRUCTURE } from '@/domain/structures';
import type { RagstoneService } from '../service';
import type { PageCache } from './page-cache';
import type { PageRenderer } from './page-render';

/** The home page, the dashboard and each structure's view of it (ADR 0091). */
export function mainPageAddresses(service: RagstoneService): string[] {
  const views = service
    .engine()
    .organisation()
    .structures.filter((structure) => structure.id !== DEFAULT_STRUCTURE)
    .map((structure) => `/dashboard/${encodeURIComponent(structure.id)}`);
  return ['/', '/dashboard', ...views];
}

export interface WarmUpOptions {
  renderer: Pick<PageRenderer, 'warm'>;
  cache: PageCache;
  /** Asked at each warm-up: the structures, and so the dashboard's views, can change. */
  addresses: () => readonly string[];
  /** After a write, how long to wait for the writes to stop (an import writes many times): 1 s. */
  settleMs?: number;
  log?: (line: string) => void;
}

export interface WarmUp {
  /** Resolves when no warm-up is running or waiting (tests). */
  idle(): Promise<void>;
}

export function keepMainPagesWarm(options: WarmUpOptions): WarmUp {
  const settleMs = options.settleMs ?? 1000;
  const log =
    options.log ??
    ((line: string) => {
      console.warn(line);
    });
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let waiting: Promise<void> | null = null;
  let release: (() => void) | null = null;

  async function drawAll(): Promise<void> {
    const generation = options.cache.generation();
    for (const address of options.addresses()) {
      // A write since the start: what is drawn now would not be kept; the next run draws it.
      if (options.cache.generation() !== generation) return;
      if (options.cache.get(address)) continue;
      try {
        await options.renderer.warm(address);
      } catch (error: unknown) {
        log(`Could not draw ${address} ahead of its first reader: ${String(error)}`);
      }
    }
  }

  function run(): void {
    if (running) {
      again = true;
      return;
    }
    running = drawAll().finally(() => {
      running = null;
      if (again) {
        again = false;
        run();
      } else if (timer === undefined) {
        release?.();
        release = null;
        waiting = null;
      }
    });
  }

  function schedule(delayMs: number): void {
    waiting ??= new Promise((resolve) => {
      release = resolve;
    });
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, delayMs);
    // A warm-up scheduled is no reason to keep the process alive.
    timer.unref();
  }

  options.cache.onInvalidate(() => {
    schedule(settleMs);
  });
  schedule(0);
  return { idle: () => waiting ?? Promise.resolve() };
}
