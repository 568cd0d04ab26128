import { Link } from '@/ui/navigation';
import type { IndicatorRow } from '@/data/api/contract';
import { usePrefetchIndicator } from '@/data/api/prefetch';
import type { Structure } from '@/data/contract/dataset-schema';
import { formatPeriod } from '@/domain/periods';
import { formatFigure } from '@/lib/format-figure';
import { DirectionBadge } from '@/ui/direction-badge';
import { PublishedRagNote } from '@/ui/published-rag';
import { RedFigureNote } from '@/ui/red-figure-note';
import { StatusBadge } from '@/ui/status-badge';
import { ExceptionCommentary } from './exception-commentary';
import { ownerNames } from './exceptions-words';

interface ExceptionItemProps {
  row: IndicatorRow;
  structure: Structure | undefined;
}

/** One indicator's card: its badges, figures, owner, why it is listed and its commentary. */
export function ExceptionItem({ row, structure }: ExceptionItemProps) {
  const prefetch = usePrefetchIndicator();
  return (
    <li className={`exception exception--${row.latestRating.status}`}>
      <h3 className="exception__title">
        <Link
          {...prefetch(row.indicator.id)}
          to="/indicators/$indicatorId"
          params={{ indicatorId: row.indicator.id }}
          search={{}}
        >
          {row.indicator.title}
        </Link>
      </h3>
      <div className="exception__badges">
        <StatusBadge status={row.latestRating.status} reason={row.latestRating.reason} />
        <DirectionBadge direction={row.direction.direction} reason={row.direction.reason} />
      </div>
      <ExceptionFacts row={row} structure={structure} />
      <ExceptionReasons row={row} />
      {row.commentaryCount > 0 ? (
        <ExceptionCommentary indicatorId={row.indicator.id} title={row.indicator.title} />
      ) : (
        <p className="exception__no-commentary">No commentary was published with this figure.</p>
      )}
    </li>
  );
}

function ExceptionFacts({ row, structure }: ExceptionItemProps) {
  const unit = row.indicator.unit;
  return (
    <dl className="exception__facts">
      <div>
        <dt>Latest result</dt>
        <dd>
          {formatFigure(row.latest, unit)}
          {row.latest ? <> ({formatPeriod(row.latest.period)})</> : null}
        </dd>
      </div>
      <div>
        <dt>Target</dt>
        <dd>{formatFigure(row.target, unit)}</dd>
      </div>
      <div>
        <dt>Floor standard</dt>
        <dd>{formatFigure(row.floor, unit)}</dd>
      </div>
      <div>
        <dt>Owner</dt>
        <dd>{ownerNames(row.indicator.owners, structure)}</dd>
      </div>
    </dl>
  );
}

/** Why the indicator is listed: its rating, which figure is red, the published badge, its direction. */
function ExceptionReasons({ row }: { row: IndicatorRow }) {
  return (
    <>
      <p className="exception__reason">{row.latestRating.reason}</p>
      <RedFigureNote row={row} />
      {row.latest?.publishedRag && row.latest.publishedRag !== row.latestRating.status ? (
        <p className="exception__reason">
          <PublishedRagNote figure={row.latest} rating={row.latestRating} />
        </p>
      ) : null}
      {row.direction.direction !== 'not-comparable' ? (
        <p className="exception__reason">{row.direction.reason}</p>
      ) : null}
    </>
  );
}
