import { formatPeriod } from '@/domain/periods';
import {
  removeImportedSet,
  useImportPersistence,
  useImportProblem,
  type ImportedSet,
} from '../imported-store';
import { describeAreas, plural } from './import-wording';

/** Each set's areas in words, worked out once per set rather than on every render. */
const areasInWords = new WeakMap<ImportedSet['figures'], string>();
function areasOf(set: ImportedSet): string {
  let words = areasInWords.get(set.figures);
  if (words === undefined) {
    words = describeAreas(set.figures);
    areasInWords.set(set.figures, words);
  }
  return words;
}

const WHERE_KEPT = {
  loading: 'Finding out where imports are kept…',
  server:
    'Kept on the server for everyone who signs in, until the person who imported a file or an administrator removes it.',
  'server-signed-out': 'Kept on the server. Sign in to import a file and keep it there.',
  saved: 'Kept in this browser (there is no server here) until you remove them.',
  unavailable: 'This browser cannot keep them: they will be gone when the page is reloaded.',
} as const;

/** The files imported for this indicator, each removable by those allowed, and where they are kept. */
export function ImportedFiles({ sets }: { sets: readonly ImportedSet[] }) {
  const persistence = useImportPersistence();
  const problem = useImportProblem();
  if (sets.length === 0 && problem === null) return null;
  return (
    <div className="csv-import__sets">
      <h3>Imported files</h3>
      {problem ? (
        <p role="alert" className="notice notice--warning">
          {problem}
        </p>
      ) : null}
      <p className="muted">{WHERE_KEPT[persistence]}</p>
      <ul className="plain-list">
        {sets.map((set) => (
          <li key={set.id}>
            <span className="imported-tag">Imported from {set.fileName}</span>
            {set.title ? `: ${set.title}` : ''} ({plural(set.figures.length, 'figure', 'figures')},{' '}
            {areasOf(set)}
            {set.unitText ? `, in ${set.unitText}` : ''}; imported{' '}
            {formatPeriod(set.importedAt.slice(0, 7))}
            {set.importedBy ? ` by ${set.importedBy.name}` : ''}){' '}
            {set.mayRemove === false ? null : (
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={`Remove ${set.fileName}`}
                onClick={() => {
                  void removeImportedSet(set.id);
                }}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
