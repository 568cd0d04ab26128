import type { ComparisonView } from './comparison-model';
import { importNote, mixedYearsNote } from './comparison-wording';

/** The lead's position in words, with notes on mixed years and imported figures when they apply. */
export function ComparisonPosition({
  id,
  view,
  fileNames,
}: {
  id: string;
  view: ComparisonView;
  fileNames: readonly string[];
}) {
  const mixed = mixedYearsNote(view);
  const note = importNote(view, fileNames);
  return (
    <>
      <p id={id} className="position-sentence">
        {view.ranking.sentence}
      </p>
      {mixed ? <p className="notice notice--warning">{mixed}</p> : null}
      {note ? <p className="notice notice--info">{note}</p> : null}
    </>
  );
}
