import { lazy, Suspense, useId } from 'react';
import type { Area } from '@/data/contract/dataset-schema';
import { useImportedSets, type ServerImports } from '../imported-store';
import { ImportedFiles } from './imported-files';
import { ImportMessage, ImportProgress } from './import-status';
import { useBenchmarkImport } from './use-benchmark-import';

/** What was recognised in a file: its code (the layout names, the choices) comes with the first file. */
const ImportPreview = lazy(() =>
  import('./import-preview').then((module) => ({ default: module.ImportPreview })),
);

interface ImportPanelProps {
  indicatorId: string;
  indicatorTitle: string;
  areas: readonly Area[];
  /** The server's imports when the page has them (useServerImports). */
  serverImports: ServerImports | 'waiting' | undefined;
}

/**
 * Import a benchmarking file: see what was recognised, choose, import; remove it later. The panel
 * itself is light; reading a file loads its code when a file is chosen (use-benchmark-import).
 */
export function BenchmarkImportPanel({
  indicatorId,
  indicatorTitle,
  areas,
  serverImports,
}: ImportPanelProps) {
  const id = useId();
  const sets = useImportedSets(indicatorId);
  const { preview, setPreview, progress, message, choose, read, commit } = useBenchmarkImport(
    indicatorId,
    areas,
    serverImports,
  );

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
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {progress ? <ImportProgress id={`${id}-progress`} progress={progress} /> : null}
      {message ? <ImportMessage message={message} /> : null}
      {preview ? (
        <Suspense fallback={null}>
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
        </Suspense>
      ) : null}
      <ImportedFiles sets={sets} />
    </section>
  );
}
