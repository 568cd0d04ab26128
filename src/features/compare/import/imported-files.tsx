import { formatPeriod } from '@/domain/periods';
import { removeImportedSet, useImportPersistence, type ImportedSet } from '../imported-store';
import { describeAreas, plural } from './import-wording';

/** The files imported for this indicator, each removable, and where they are kept. */
export function ImportedFiles({ sets }: { sets: readonly ImportedSet[] }) {
  const persistence = useImportPersistence();
  if (sets.length === 0) return null;
  return (
    <div className="csv-import__sets">
      <h3>Imported files</h3>
      <p className="muted">
        {persistence === 'unavailable'
          ? 'This browser cannot keep them: they will be gone when the page is reloaded.'
          : 'Kept in this browser (not on a server) until you remove them.'}
      </p>
      <ul className="plain-list">
        {sets.map((set) => (
          <li key={set.id}>
            <span className="imported-tag">Imported from {set.fileName}</span>
            {set.title ? `: ${set.title}` : ''} ({plural(set.figures.length, 'figure', 'figures')},{' '}
            {describeAreas(set.figures)}
            {set.unitText ? `, in ${set.unitText}` : ''}; imported{' '}
            {formatPeriod(set.importedAt.slice(0, 7))}){' '}
            <button
              type="button"
              className="button button--small button--secondary"
              aria-label={`Remove ${set.fileName}`}
              onClick={() => {
                removeImportedSet(set.id);
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
