import { useState } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import type { ReturnBatch } from '@/data/api/returns-batch-contract';
import { useReturnBatch, useUndoReturnBatch } from '@/data/api/returns-batch-mutations';
import type { BatchMode } from '@/domain/returns-template';
import type { NumberLocale } from '@/lib/read-number';
import { fileBytes } from './file-bytes';
import { factsOf } from './indicator-facts';
import { mergeServerCheck } from './merge-problems';
import { readInWorker } from './read-in-worker';
import type { TemplateReading } from './read-template';

export type ImportStage =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; message: string }
  | { step: 'read'; fileName: string; reading: TemplateReading };

/**
 * The import's state: the chosen file read in a worker (again when the decimal mark changes), the
 * rows it accepted checked by the server, then committed as one batch and perhaps undone.
 */
export function useTemplateImport(allRows: readonly IndicatorRow[]) {
  const [stage, setStage] = useState<ImportStage>({ step: 'idle' });
  const [locale, setLocale] = useState<NumberLocale>('point');
  const [mode, setMode] = useState<BatchMode>('draft');
  const [file, setFile] = useState<File | null>(null);
  const [committed, setCommitted] = useState<ReturnBatch | null>(null);
  const send = useReturnBatch();
  const undo = useUndoReturnBatch();

  const read = async (chosen: File, numbers: NumberLocale) => {
    setStage({ step: 'reading', fileName: chosen.name });
    setCommitted(null);
    undo.reset();
    send.reset();
    const reply = await readInWorker({
      bytes: await fileBytes(chosen),
      fileName: chosen.name,
      indicators: factsOf(allRows),
      locale: numbers,
    });
    if (reply.type === 'failed') {
      setStage({ step: 'failed', message: reply.message });
      return;
    }
    let reading = reply.reading;
    if (reading.actuals.length + reading.definitions.length > 0) {
      try {
        const checked = await send.mutateAsync({
          mode: 'check',
          fileName: chosen.name,
          actuals: reading.actuals,
          definitions: reading.definitions,
        });
        reading = mergeServerCheck(reading, checked);
      } catch {
        // The error is shown beside the commit button; the file's own reading still stands.
      }
    }
    setStage({ step: 'read', fileName: chosen.name, reading });
  };

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    if (chosen) void read(chosen, locale);
  };

  const chooseLocale = (next: NumberLocale) => {
    setLocale(next);
    if (file) void read(file, next);
  };

  const ready =
    stage.step === 'read' ? stage.reading.actuals.length + stage.reading.definitions.length : 0;

  const commit = () => {
    if (stage.step !== 'read') return;
    send.mutate(
      {
        mode,
        fileName: stage.fileName,
        actuals: stage.reading.actuals,
        definitions: stage.reading.definitions,
      },
      {
        onSuccess: (response) => {
          setCommitted(response.batch);
        },
      },
    );
  };

  return {
    stage,
    locale,
    chooseLocale,
    chooseFile,
    mode,
    setMode,
    ready,
    commit,
    committed,
    send,
    undo,
  };
}
