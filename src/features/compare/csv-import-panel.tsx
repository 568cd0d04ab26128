import { useId, useState, type ChangeEvent } from 'react';
import type { Area } from '@/data/contract/dataset-schema';
import { formatPeriod } from '@/domain/periods';
import {
  formatRowError,
  guessLongColumns,
  guessMapping,
  parseCsv,
  readFigures,
  slugArea,
  type ColumnMapping,
  type ImportResult,
  type ParsedCsv,
} from './csv-import';
import { useImportActions, useImportedSets } from './imported-store';

interface CsvImportPanelProps {
  indicatorId: string;
  indicatorTitle: string;
  areas: readonly Area[];
}

const MAX_ERRORS_SHOWN = 50;

/** FileReader rather than Blob.text(): older managed browsers (and jsdom) lack the latter. */
function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('the file could not be read'));
    };
    reader.readAsText(file);
  });
}

/** Import a benchmarking CSV, map its columns, see every row that could not be read. */
export function CsvImportPanel({ indicatorId, indicatorTitle, areas }: CsvImportPanelProps) {
  const id = useId();
  const { add, remove } = useImportActions();
  const sets = useImportedSets(indicatorId);
  const [file, setFile] = useState<{ name: string; parsed: ParsedCsv } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const byName = new Map(areas.map((area) => [slugArea(area.name), area]));
  const matchArea = (name: string) => {
    const area = byName.get(slugArea(name)) ?? areas.find((a) => a.id === slugArea(name));
    return area ? { id: area.id, name: area.name } : null;
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setResult(null);
    setReadError(null);
    if (!chosen) return;
    try {
      const parsed = parseCsv(await readFileText(chosen));
      if (parsed.headers.length === 0) {
        setReadError(`${chosen.name} is empty.`);
        setFile(null);
        return;
      }
      setFile({ name: chosen.name, parsed });
      setMapping(guessMapping(parsed));
    } catch {
      setReadError(`${chosen.name} could not be read as text.`);
    }
  };

  const runImport = () => {
    if (!file || !mapping) return;
    const read = readFigures(file.parsed, mapping, matchArea);
    setResult(read);
    if (read.figures.length > 0) add({ fileName: file.name, indicatorId, figures: read.figures });
  };

  const columnSelect = (
    label: string,
    value: number | undefined,
    onChange: (column: number) => void,
    suffix: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${suffix}`}>{label}</label>
      <select
        id={`${id}-${suffix}`}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
      >
        <option value="" disabled>
          Choose a column
        </option>
        {file?.parsed.headers.map((header, index) => (
          <option key={`${header}-${index}`} value={index}>
            {header || `Column ${index + 1}`}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="compare-section csv-import">
      <h2 id={`${id}-heading`}>Add other authorities&rsquo; figures from a file</h2>
      <p>
        Import a CSV of figures for <strong>{indicatorTitle}</strong>, either with areas as rows and
        periods as columns (as LG Inform exports) or one row per figure (area, period, value).
        Imported figures stay in this browser tab, are marked with their file name, and never change
        the council&rsquo;s own figures.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>CSV file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void choose(event)}
        />
      </div>
      {readError ? (
        <p className="notice notice--error" role="alert">
          {readError}
        </p>
      ) : null}
      {file && mapping ? (
        <fieldset className="csv-import__mapping">
          <legend>
            How {file.name} is laid out ({file.parsed.rows.length} rows)
          </legend>
          <div className="field">
            <span className="field__label" id={`${id}-layout`}>
              Layout
            </span>
            <div role="radiogroup" aria-labelledby={`${id}-layout`} className="radios">
              <label>
                <input
                  type="radio"
                  name={`${id}-layout`}
                  checked={mapping.layout === 'wide'}
                  onChange={() => {
                    setMapping({ ...mapping, layout: 'wide' });
                  }}
                />{' '}
                Areas as rows, periods as columns
              </label>
              <label>
                <input
                  type="radio"
                  name={`${id}-layout`}
                  checked={mapping.layout === 'long'}
                  onChange={() => {
                    setMapping({ ...guessLongColumns(file.parsed), ...mapping, layout: 'long' });
                  }}
                />{' '}
                One row per figure (area, period, value)
              </label>
            </div>
          </div>
          {columnSelect(
            'Column with the area name',
            mapping.areaColumn,
            (column) => {
              setMapping({ ...mapping, areaColumn: column });
            },
            'area',
          )}
          {mapping.layout === 'long' ? (
            <>
              {columnSelect(
                'Column with the period',
                mapping.periodColumn,
                (column) => {
                  setMapping({ ...mapping, periodColumn: column });
                },
                'period',
              )}
              {columnSelect(
                'Column with the value',
                mapping.valueColumn,
                (column) => {
                  setMapping({ ...mapping, valueColumn: column });
                },
                'value',
              )}
            </>
          ) : (
            <p className="muted">
              Period columns found:{' '}
              {readFigures({ headers: file.parsed.headers, rows: [] }, mapping, matchArea)
                .periodColumns.map((c) => `${c.header} (${formatPeriod(c.period)})`)
                .join(', ') || 'none (no heading reads as a period)'}
            </p>
          )}
          <button type="button" className="button" onClick={runImport}>
            Import figures
          </button>
        </fieldset>
      ) : null}
      {result ? (
        <div
          className={`notice ${result.errors.length > 0 ? 'notice--error' : 'notice--success'}`}
          role={result.errors.length > 0 ? 'alert' : 'status'}
        >
          <p className="notice__title">
            Imported {result.figures.length} {result.figures.length === 1 ? 'figure' : 'figures'}
            {result.skipped > 0
              ? `; ${result.skipped} empty ${result.skipped === 1 ? 'cell' : 'cells'} skipped`
              : ''}
            {result.errors.length > 0
              ? `; ${result.errors.length} ${result.errors.length === 1 ? 'row has a problem and was' : 'rows have problems and were'} left out:`
              : '.'}
          </p>
          {result.errors.length > 0 ? (
            <ul className="csv-import__errors">
              {result.errors.slice(0, MAX_ERRORS_SHOWN).map((error, index) => (
                <li key={`${error.row}-${index}`}>{formatRowError(error)}</li>
              ))}
              {result.errors.length > MAX_ERRORS_SHOWN ? (
                <li>…and {result.errors.length - MAX_ERRORS_SHOWN} more.</li>
              ) : null}
            </ul>
          ) : null}
        </div>
      ) : null}
      {sets.length > 0 ? (
        <div className="csv-import__sets">
          <h3>Imported files</h3>
          <ul className="plain-list">
            {sets.map((set) => (
              <li key={set.id}>
                <span className="imported-tag">Imported from {set.fileName}</span>:{' '}
                {set.figures.length} figures{' '}
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => {
                    remove(set.id);
                  }}
                >
                  Remove<span className="visually-hidden"> {set.fileName}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
