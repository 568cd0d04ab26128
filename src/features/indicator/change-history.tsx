import { useQuery } from '@tanstack/react-query';
import type { ChangeEntry, IndicatorRow } from '@/data/api/contract';
import { historyQuery } from '@/data/api/queries';
import { formatValue } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { formatChangedAt } from '@/lib/format-time';

const subjectWords: Record<ChangeEntry['subject'], string> = {
  actual: 'figure',
  target: 'target',
  floor: 'floor',
  commentary: 'commentary',
};

/** One change as a sentence: who did what to which figure, from what to what. */
export function describeChange(
  entry: ChangeEntry,
  unit: IndicatorRow['indicator']['unit'],
): string {
  const period = formatPeriod(entry.period);
  const what = `the ${entry.basis === 'ytd' ? 'year-to-date ' : ''}${subjectWords[entry.subject]} for ${period}`;
  const shown = (value: number | null) => (value === null ? 'no value' : formatValue(value, unit));
  if (entry.subject === 'commentary')
    return `${entry.actor.name} added commentary for ${period}: “${entry.text ?? ''}”`;
  if (entry.before === null && entry.version === 1)
    return `${entry.actor.name} recorded ${what}: ${shown(entry.after)}.`;
  return `${entry.actor.name} corrected ${what} from ${shown(entry.before)} to ${shown(entry.after)}.`;
}

interface ChangeHistoryProps {
  indicatorId: string;
  /** Left out: the dataset's own authority. */
  area: string | undefined;
  unit: IndicatorRow['indicator']['unit'];
}

/** Every change made in Ragstone to this indicator's figures: nothing is overwritten silently. */
export function ChangeHistory({ indicatorId, area, unit }: ChangeHistoryProps) {
  const history = useQuery(historyQuery(indicatorId, area));
  return (
    <section aria-labelledby="history-heading" className="indicator-section">
      <h2 id="history-heading">History of changes</h2>
      <QueryState
        query={history}
        what="the history of changes"
        skeleton={<SkeletonLines lines={2} />}
        isEmpty={(data) => data.entries.length === 0}
        empty={<p className="muted">No figures have been recorded or corrected in Ragstone yet.</p>}
      >
        {(data) => (
          <ol className="change-history">
            {data.entries.map((entry) => (
              <li key={entry.id}>
                <p>{describeChange(entry, unit)}</p>
                <p className="muted">
                  <time dateTime={entry.at}>{formatChangedAt(entry.at)}</time>. Reason:{' '}
                  {entry.reason}
                </p>
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
