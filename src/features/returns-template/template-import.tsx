/**
 * "Import a filled template": read the file in a worker, ask the server to check the rows it
 * accepted (rights, ratings that need a commentary), show every row, then commit the ready rows as
 * one batch, as drafts or submitted, with one action to undo the whole batch.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import type { ReturnBatch } from '@/data/api/returns-batch-contract';
import { useReturnBatch, useUndoReturnBatch } from '@/data/api/returns-batch-mutations';
import { BATCH_MODE_LABELS, BATCH_MODES, type BatchMode } from '@/domain/returns-template';
import { NUMBER_LOCALES, type NumberLocale } from '@/lib/read-number';
import { mergeServerCheck } from './merge-problems';
import { readInWorker } from './read-in-worker';
import type { IndicatorFacts, TemplateReading } from './read-template';
import { TemplatePreview } from './template-preview';

/** What the reader knows of each indicator: its unit, frequency and the periods of its figures. */
export function factsOf(rows: readonly IndicatorRow[]): IndicatorFacts[] {
  return rows.map((row) => ({
    id: row.indicator.id,
    title: row.indicator.title,
    unitType: row.indicator.unit.type,
    frequency: row.indicator.frequency,
    periods: [
      ...row.trend.map((point) => point.period),
      ...[row.latest, row.target, row.floor].flatMap((figure) => (figure ? [figure.period] : [])),
    ],
  }));
}

/** FileReader rather than File.arrayBuffer(), which some engines (and jsdom) lack. */
function bytesOf(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (reader.result instanceof ArrayBuffer) resolve(reader.result);
      else reject(new Error('The file could not be read.'));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The file could not be read.'));
    };
    reader.readAsArrayBuffer(file);
  });
}

type Stage =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; message: string }
  | { step: 'read'; fileName: string; reading: TemplateReading };

export function TemplateImport({ allRows }: { allRows: readonly IndicatorRow[] }) {
  const id = useId();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
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
      bytes: await bytesOf(chosen),
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

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    if (chosen) void read(chosen, locale);
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

  return (
    <div className="returns-template__import">
      <h3>Import a filled template</h3>
      <div className="field">
        <label htmlFor={`${id}-file`}>Filled template (Excel .xlsx or CSV)</label>
        <input id={`${id}-file`} type="file" accept=".xlsx,.csv,text/csv" onChange={onFile} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-locale`}>How the file writes decimals</label>
        <select
          id={`${id}-locale`}
          value={locale}
          onChange={(event) => {
            const next =
              NUMBER_LOCALES.find((option) => option.id === event.target.value)?.id ?? 'point';
            setLocale(next);
            if (file) void read(file, next);
          }}
        >
          {NUMBER_LOCALES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {stage.step === 'reading' ? <p role="status">Reading {stage.fileName}…</p> : null}
      {stage.step === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {stage.message}
        </p>
      ) : null}
      {stage.step === 'read' ? (
        <TemplatePreview reading={stage.reading} fileName={stage.fileName} />
      ) : null}
      {stage.step === 'read' && committed === null ? (
        <fieldset className="returns-template__commit">
          <legend>
            Import the {ready} ready row{ready === 1 ? '' : 's'} as one batch
          </legend>
          {BATCH_MODES.map((option) => (
            <label key={option} className="returns-template__mode">
              <input
                type="radio"
                name={`${id}-mode`}
                value={option}
                checked={mode === option}
                onChange={() => {
                  setMode(option);
                }}
              />{' '}
              {BATCH_MODE_LABELS[option]}
            </label>
          ))}
          <button
            type="button"
            className="button"
            disabled={ready === 0 || send.isPending}
            onClick={commit}
          >
            Import {ready} row{ready === 1 ? '' : 's'}
          </button>
        </fieldset>
      ) : null}
      {send.error ? (
        <p className="notice notice--error" role="alert">
          {send.error.message}
        </p>
      ) : null}
      {committed ? (
        <div className="notice notice--info" role="status">
          <p>
            Imported {committed.fileName} as one batch: {committed.actuals} figure
            {committed.actuals === 1 ? '' : 's'}{' '}
            {committed.mode === 'submitted' ? 'submitted for approval' : 'saved as drafts'}
            {committed.definitions > 0 ? `, ${committed.definitions} definition changes` : ''}.
          </p>
          {undo.data?.batch?.undoneAt ? (
            <p>Undone: every figure and definition the batch wrote is back as it was.</p>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              disabled={undo.isPending}
              onClick={() => {
                undo.mutate(committed.id);
              }}
            >
              Undo this import
            </button>
          )}
        </div>
      ) : null}
      {undo.error ? (
        <p className="notice notice--error" role="alert">
          {undo.error.message}
        </p>
      ) : null}
    </div>
  );
}
