import { useId } from 'react';
import type { Polarity } from '@/data/contract/dataset-schema';
import { LAYOUT_NAMES } from './layout';
import { ImportChoicesForm } from './import-choices';
import { ImportProblems } from './import-problems';
import type { AnalysisSummary } from './import-session';
import { describeDuplicate, describeOutcome, joinWords, plural } from './import-wording';
import type { ImportChoices } from './read-file';
import type { ReadingSummary } from './reading-summary';
import '@/ui/committee-actions.css';

interface ImportPreviewProps {
  fileName: string;
  summary: AnalysisSummary;
  choices: ImportChoices;
  polarity: Polarity;
  /** The reading's summary (worked out where the figures are); null while it is read. */
  reading: ReadingSummary | null;
  isBusy: boolean;
  onChange: (choices: ImportChoices) => void;
  onPolarity: (polarity: Polarity) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** What was recognised in the file and what would be imported, before anything is. */
export function ImportPreview(props: ImportPreviewProps) {
  const { summary, reading } = props;
  const id = useId();
  return (
    <section className="csv-import__preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Preview of {props.fileName}</h3>
      <dl className="definition-list">
        <dt>Layout</dt>
        <dd>
          {LAYOUT_NAMES[summary.layout.kind]} ({plural(summary.rowCount, 'row', 'rows')} of data)
        </dd>
        {summary.layout.metadata.map((m) => (
          <div key={m.label}>
            <dt>{m.label}</dt>
            <dd>
              {m.value} <span className="muted">(row {m.row})</span>
            </dd>
          </div>
        ))}
        {reading?.title && summary.layout.metadata.length === 0 ? (
          <>
            <dt>Measure</dt>
            <dd>{reading.title}</dd>
          </>
        ) : null}
        {summary.layout.metadata.some((m) => m.label === 'Unit') ? null : (
          <>
            <dt>Unit</dt>
            <dd>{reading?.unit?.text ?? 'Not stated in the file: the indicator’s unit is used'}</dd>
          </>
        )}
      </dl>
      <ImportChoicesForm
        summary={summary}
        choices={props.choices}
        polarity={props.polarity}
        hasDuplicates={(reading?.duplicates.length ?? 0) > 0}
        onChange={props.onChange}
        onPolarity={props.onPolarity}
      />
      {reading ? (
        <div aria-live="polite">
          <dl className="definition-list">
            <dt>Councils</dt>
            <dd>{reading.councils}</dd>
            <dt>References</dt>
            <dd>{reading.references ?? 'None'}</dd>
            <dt>Periods</dt>
            <dd>{reading.periods}</dd>
            {reading.unmatched.length > 0 ? (
              <>
                <dt>Not in the register of English authorities</dt>
                <dd>
                  {joinWords(reading.unmatched.slice(0, 10))}
                  {reading.unmatched.length > 10
                    ? ` and ${reading.unmatched.length - 10} more`
                    : ''}
                  : imported under the file’s names
                </dd>
              </>
            ) : null}
          </dl>
          <p className="notice__title">{describeOutcome(reading)}</p>
          <ImportProblems problems={reading.problems} />
          {reading.duplicates.length > 0 ? (
            <ul className="csv-import__errors" aria-label="Areas given more than once">
              {reading.duplicates.slice(0, 20).map((d) => (
                <li key={`${d.areaId}-${d.period}`}>
                  {describeDuplicate(d, props.choices.duplicates)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p className="committee-actions">
        <button
          type="button"
          className="button"
          disabled={props.isBusy || !reading || reading.figureCount === 0}
          onClick={props.onImport}
        >
          Import {reading ? plural(reading.figureCount, 'figure', 'figures') : 'figures'}
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </p>
    </section>
  );
}
