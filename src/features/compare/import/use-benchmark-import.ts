import { useEffect, useRef, useState } from 'react';
import type { Area, Polarity } from '@/data/contract/dataset-schema';
import { addImportedSet, loadImportedSets, type ServerImports } from '../imported-store';
import { loadRegister } from '../register-region';
import type { AnalysisSummary, ImportSession, SessionReading } from './import-session';
import {
  emptyFileMessage,
  failureMessage,
  importedMessage,
  progressLabels,
  unreadableMessage,
} from './import-wording';
import type { ImportChoices } from './read-file';

const loadReadingCode = () => import('./import-reading');

export interface ImportPreviewState {
  fileName: string;
  summary: AnalysisSummary;
  choices: ImportChoices;
  polarity: Polarity;
  reading: SessionReading | null;
}

export interface ImportProgressState {
  label: string;
  share: number;
}

export interface ImportMessageState {
  text: string;
  isError: boolean;
}

/**
 * A benchmarking import from file to kept set: read the text, recognise its layout, read the
 * figures under the person's choices (again whenever they change), then keep them in this browser.
 * The worker session lives as long as the panel.
 */
export function useBenchmarkImport(
  indicatorId: string,
  areas: readonly Area[],
  serverImports: ServerImports | 'waiting' | undefined,
) {
  const session = useRef<ImportSession | null>(null);
  const [preview, setPreview] = useState<ImportPreviewState | null>(null);
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [message, setMessage] = useState<ImportMessageState | null>(null);

  useEffect(() => {
    // Stored imports come back (from the server's answer, or IndexedDB) once the comparison is open.
    if (serverImports !== 'waiting') void loadImportedSets(serverImports);
  }, [serverImports]);

  useEffect(() => {
    return () => {
      session.current?.dispose();
      session.current = null;
    };
  }, []);

  const sessionNow = async () =>
    (session.current ??= (await loadReadingCode()).createImportSession());

  const read = async (next: Omit<ImportPreviewState, 'reading'>) => {
    setPreview({ ...next, reading: null });
    setProgress({ label: progressLabels.readingFigures, share: 0 });
    try {
      const reading = await (
        await sessionNow()
      ).read(next.choices, areas, (share) => {
        setProgress({ label: progressLabels.readingFigures, share });
      });
      setPreview({ ...next, reading });
    } catch (error) {
      setMessage({ text: failureMessage(error), isError: true });
    } finally {
      setProgress(null);
    }
  };

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setMessage(null);
    if (!file) return;
    try {
      setProgress({ label: progressLabels.reading(file.name), share: 0 });
      const { readFileText, defaultChoices } = await loadReadingCode();
      const text = await readFileText(file, (share) => {
        setProgress({ label: progressLabels.reading(file.name), share });
      });
      if (text.trim() === '') {
        setMessage({ text: emptyFileMessage(file.name), isError: true });
        setProgress(null);
        return;
      }
      setProgress({ label: progressLabels.recognising(file.name), share: 1 });
      const summary = await (await sessionNow()).analyse(text);
      await read({
        fileName: file.name,
        summary,
        choices: defaultChoices(summary),
        polarity: 'no-judgement',
      });
    } catch (error) {
      setProgress(null);
      setMessage({ text: unreadableMessage(file.name, error), isError: true });
    }
  };

  const commit = async () => {
    if (!preview?.reading) return;
    const { reading, fileName, polarity } = preview;
    const { summary, columns } = reading;
    const label = progressLabels.importing(summary.figureCount);
    setProgress({ label, share: 0 });
    // Built a slice at a time, so a big file never holds the page (docs/performance.md).
    const { figuresFromColumns } = await loadReadingCode();
    const [figures] = await Promise.all([
      figuresFromColumns(columns, (share) => {
        setProgress({ label, share });
      }),
      loadRegister(),
    ]);
    addImportedSet(
      {
        fileName,
        indicatorId,
        title: summary.title,
        unitText: summary.unit?.text,
        unit: summary.unit?.unit,
        polarity,
        figures,
      },
      { columns, keep: async (meta) => (await sessionNow()).keep(meta) },
    );
    setProgress(null);
    setMessage({ text: importedMessage(figures.length, fileName), isError: false });
    setPreview(null);
  };

  return { preview, setPreview, progress, message, choose, read, commit };
}
