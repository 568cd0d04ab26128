import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Area, Polarity } from '@/data/contract/dataset-schema';
import { addImportedSet, loadImportedSets, useImportedSets } from '../imported-store';
import { ImportedFiles } from './imported-files';
import { ImportPreview } from './import-preview';
import { figuresFromColumns } from './figure-columns';
import {
  createImportSession,
  type AnalysisSummary,
  type ImportSession,
  type SessionReading,
} from './import-session';
import { plural } from './import-wording';
import { defaultChoices, type ImportChoices } from './read-file';

interface ImportPanelProps {
  indicatorId: string;
  indicatorTitle: string;
  areas: readonly Area[];
}

interface Preview {
  fileName: string;
  summary: AnalysisSummary;
  choices: ImportChoices;
  polarity: Polarity;
  reading: SessionReading | null;
}

/** FileReader rather than Blob.text(): older managed browsers (and jsdom) lack the latter. */
function readFileText(file: File, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('the file could not be read'));
    };
    reader.readAsText(file);
  });
}

/** Import a benchmarking file: see what was recognised, choose, import; remove it later. */
export function BenchmarkImportPanel({ indicatorId, indicatorTitle, areas }: ImportPanelProps) {
  const id = useId();
  const sets = useImportedSets(indicatorId);
  const session = useRef<ImportSession | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [progress, setProgress] = useState<{ label: string; share: number } | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  useEffect(() => {
    // Stored imports come back from IndexedDB once the comparison is open.
    void loadImportedSets();
    return () => {
      session.current?.dispose();
      session.current = null;
    };
  }, []);

  const sessionNow = () => (session.current ??= createImportSession());

  const read = async (next: Omit<Preview, 'reading'>) => {
    setPreview({ ...next, reading: null });
    setProgress({ label: 'Reading figures', share: 0 });
    try {
      const reading = await sessionNow().read(next.choices, areas, (share) => {
        setProgress({ label: 'Reading figures', share });
      });
      setPreview({ ...next, reading });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), isError: true });
    } finally {
      setProgress(null);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(null);
    setMessage(null);
    if (!file) return;
    try {
      setProgress({ label: `Reading ${file.name}`, share: 0 });
      const text = await readFileText(file, (share) => {
        setProgress({ label: `Reading ${file.name}`, share });
      });
      if (text.trim() === '') {
        setMessage({ text: `${file.name} is empty.`, isError: true });
        setProgress(null);
        return;
      }
      setProgress({ label: `Recognising the layout of ${file.name}`, share: 1 });
      const summary = await sessionNow().analyse(text);
      await read({
        fileName: file.name,
        summary,
        choices: defaultChoices(summary),
        polarity: 'no-judgement',
      });
    } catch (error) {
      setProgress(null);
      setMessage({
        text: `${file.name}: ${error instanceof Error ? error.message : 'could not be read as text.'}`,
        isError: true,
      });
    }
  };

  const commit = async () => {
    if (!preview?.reading) return;
    const { reading, fileName, polarity } = preview;
    const { summary, columns } = reading;
    const label = `Importing ${plural(summary.figureCount, 'figure', 'figures')}`;
    setProgress({ label, share: 0 });
    // Built a slice at a time, so a big file never holds the page (docs/performance.md).
    const figures = await figuresFromColumns(columns, (share) => {
      setProgress({ label, share });
    });
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
      { columns, keep: (meta) => sessionNow().keep(meta) },
    );
    setProgress(null);
    setMessage({
      text: `Imported ${plural(figures.length, 'figure', 'figures')} from ${fileName}. Choose a group “in ${fileName}” under “Compare with” to compare on the file’s own figures.`,
      isError: false,
    });
    setPreview(null);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="compare-section csv-import">
      <h2 id={`${id}-heading`}>Add other authorities&rsquo; figures from a file</h2>
      <p>
        Import a CSV of benchmarking figures for <strong>{indicatorTitle}</strong>: an LG Inform
        Plus export, a Fingertips download, an Explore Education Statistics file, an Oflog-style
        file with a measure column, or any file with areas and periods. You see what was recognised
        before anything is imported. Imported figures are kept in this browser, marked with their
        file name, and never change the council&rsquo;s own figures.
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
      {progress ? (
        <div className="field">
          <label htmlFor={`${id}-progress`}>{progress.label}</label>
          <progress id={`${id}-progress`} max={1} value={progress.share} />
        </div>
      ) : null}
      {message ? (
        <p
          className={`notice ${message.isError ? 'notice--error' : 'notice--success'}`}
          role={message.isError ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      {preview ? (
        <ImportPreview
          fileName={preview.fileName}
          summary={preview.summary}
          choices={preview.choices}
          polarity={preview.polarity}
          reading={preview.reading?.summary ?? null}
          isBusy={progress !== null}
          onChange={(choices) => void read({ ...preview, choices })}
          onPolarity={(polarity) => {
            setPreview({ ...preview, polarity });
          }}
          onImport={() => void commit()}
          onCancel={() => {
            setPreview(null);
          }}
        />
      ) : null}
      <ImportedFiles sets={sets} />
    </section>
  );
}
