/**
 * Reads a file off the main thread: a Web Worker parses and reads it, and the page only receives
 * the summary for the preview (its sentences already written) and the figures as columns, whose
 * buffers are transferred, not copied. Where there is no Worker (tests, very old browsers) the same
 * steps run in the page. Either way the file is held once, in one place, so changing a choice in
 * the preview does not parse the file again.
 */
import type { Area } from '@/data/contract/dataset-schema';
import { putStoredImport, type ImportMeta } from './keep-import';
import { toColumns, transferables, type FigureColumns } from './figure-columns';
import { createAreaMatcher } from './match-area';
import { analyseFile, readFileFigures, type FileAnalysis, type ImportChoices } from './read-file';
import { summariseReading, type ReadingSummary } from './reading-summary';

/**
 * The most rows a file may have (documented in docs/performance.md). 200,000 rows read in a few
 * seconds in the worker and their figures fit comfortably in IndexedDB; beyond that a file is
 * better filtered to the areas and periods wanted before importing.
 */
export const MAX_IMPORT_ROWS = 200_000;

export type AnalysisSummary = Omit<FileAnalysis, 'rows'> & { rowCount: number };

export type SessionRequest =
  | { type: 'analyse'; text: string }
  | { type: 'read'; choices: ImportChoices; areas: Area[] }
  /** Keep the last reading's figures in this browser's IndexedDB, under the import's id. */
  | { type: 'keep'; meta: ImportMeta };

export type SessionReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'analysed'; summary: AnalysisSummary }
  | { type: 'read'; summary: ReadingSummary; columns: FigureColumns }
  | { type: 'kept' }
  | { type: 'failed'; message: string };

/** Counts lines without splitting a big text into an array of lines. */
function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

export function tooManyRowsMessage(rows: number): string {
  return `The file has ${rows.toLocaleString('en-GB')} rows; Ragstone imports files of up to ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows. Filter it to the areas and periods you need (or split it) and import again.`;
}

/** A reading as the page receives it: the preview's summary and the figures as columns. */
export interface SessionReading {
  summary: ReadingSummary;
  columns: FigureColumns;
}

/** The steps themselves, used by the worker and by the in-page fallback. */
export function createSessionCore(post: (reply: SessionReply, transfer?: Transferable[]) => void) {
  let analysis: FileAnalysis | undefined;
  /** The last reading's figures, kept here so the worker can store them without the page. */
  let lastColumns: FigureColumns | undefined;
  return (request: SessionRequest) => {
    if (request.type === 'keep') {
      if (!lastColumns) post({ type: 'failed', message: 'There is nothing read to keep.' });
      else
        putStoredImport(request.meta, lastColumns).then(
          () => {
            post({ type: 'kept' });
          },
          (error: unknown) => {
            post({ type: 'failed', message: `The import could not be kept: ${String(error)}` });
          },
        );
      return;
    }
    try {
      if (request.type === 'analyse') {
        analysis = undefined;
        const lines = countLines(request.text);
        if (lines > MAX_IMPORT_ROWS + 10) {
          post({ type: 'failed', message: tooManyRowsMessage(lines) });
          return;
        }
        analysis = analyseFile(request.text);
        const { rows, ...rest } = analysis;
        post({ type: 'analysed', summary: { ...rest, rowCount: rows.length } });
        return;
      }
      if (!analysis) {
        post({ type: 'failed', message: 'Choose a file first.' });
        return;
      }
      const reading = readFileFigures(analysis, request.choices, createAreaMatcher(request.areas), {
        onProgress: (done, total) => {
          post({ type: 'progress', done, total });
        },
      });
      lastColumns = toColumns(reading.figures);
      // The page gets a copy whose buffers move to it without copying again; this one is kept.
      const columns = structuredClone(lastColumns);
      post({ type: 'read', summary: summariseReading(reading), columns }, transferables(columns));
    } catch (error) {
      post({
        type: 'failed',
        message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
}

export interface ImportSession {
  analyse(text: string): Promise<AnalysisSummary>;
  read(
    choices: ImportChoices,
    areas: readonly Area[],
    onProgress?: (share: number) => void,
  ): Promise<SessionReading>;
  /** Has the worker write the last reading's figures to IndexedDB as the import `meta`. */
  keep(meta: ImportMeta): Promise<void>;
  dispose(): void;
}

export function createImportSession(): ImportSession {
  const listeners = new Set<(reply: SessionReply) => void>();
  const deliver = (reply: SessionReply) => {
    for (const listener of listeners) listener(reply);
  };
  let send: (request: SessionRequest) => void;
  let dispose = () => {};
  if (typeof Worker === 'undefined') {
    const core = createSessionCore((reply) => {
      // Asynchronous like the worker, so callers behave the same either way.
      queueMicrotask(() => {
        deliver(reply);
      });
    });
    send = core;
  } else {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SessionReply>) => {
      deliver(event.data);
    };
    worker.onerror = (event) => {
      deliver({ type: 'failed', message: `The file could not be read: ${event.message}` });
    };
    send = (request) => {
      worker.postMessage(request);
    };
    dispose = () => {
      worker.terminate();
    };
  }
  const ask = <T>(
    request: SessionRequest,
    pick: (reply: SessionReply) => T | undefined,
    onProgress?: (share: number) => void,
  ) =>
    new Promise<T>((resolve, reject) => {
      const listener = (reply: SessionReply) => {
        if (reply.type === 'progress') {
          onProgress?.(reply.total === 0 ? 1 : reply.done / reply.total);
          return;
        }
        listeners.delete(listener);
        if (reply.type === 'failed') {
          reject(new Error(reply.message));
          return;
        }
        const value = pick(reply);
        if (value === undefined) reject(new Error('The file could not be read.'));
        else resolve(value);
      };
      listeners.add(listener);
      send(request);
    });
  return {
    analyse: (text) =>
      ask({ type: 'analyse', text }, (reply) =>
        reply.type === 'analysed' ? reply.summary : undefined,
      ),
    read: (choices, areas, onProgress) =>
      ask(
        { type: 'read', choices, areas: [...areas] },
        (reply) =>
          reply.type === 'read' ? { summary: reply.summary, columns: reply.columns } : undefined,
        onProgress,
      ),
    keep: (meta) =>
      ask({ type: 'keep', meta }, (reply) => (reply.type === 'kept' ? true : undefined)).then(
        () => undefined,
      ),
    dispose,
  };
}
