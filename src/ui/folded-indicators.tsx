import type { ReactNode } from 'react';
import type { IndicatorRow, StatusCounts } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { IndicatorTables } from './indicator-tables';
import type { LinkIntent } from './link-intent';
import { StatusShape } from './status-badge';
import type { DirectorateFoldHeading, UnitFoldHeading } from './fold-groups';
import { countParts, parseOpen, totalWords } from './fold-groups';
import './folded-indicators.css';

interface FoldedIndicatorsProps {
  folds: readonly DirectorateFoldHeading[];
  /** An open unit's tables (`UnitTables`); its rows may still be on their way. */
  unitBody: (unit: UnitFoldHeading) => ReactNode;
  /** The open folds, as the address holds them. */
  open: string | undefined;
  onToggle: (id: string, isOpen: boolean) => void;
  /**
   * Fold by unit only, without a fold for the directorate around them: a directorate's own page
   * (its name is the page's heading) holds one directorate.
   */
  unitsOnly?: boolean;
}

function CountShapes({ counts }: { counts: StatusCounts }) {
  return (
    <span className="fold__counts">
      <span className="fold__total">{totalWords(counts)}:</span>
      {countParts(counts).map((part) => (
        <span key={part.status} className={`fold__count fold__count--${part.status}`}>
          <StatusShape status={part.status} /> {part.words}
        </span>
      ))}
    </span>
  );
}

/**
 * A native disclosure whose open state lives in the address, named with its status counts: a
 * directorate or a unit. The browser opens it; we copy that into the URL. Setting `open` from the
 * URL also fires `toggle`, so the handler only acts on a change.
 */
function Fold({
  id,
  name,
  counts,
  level,
  isOpen,
  onToggle,
  children,
}: {
  id: string;
  name: string;
  counts: StatusCounts;
  level: 'directorate' | 'unit';
  isOpen: boolean;
  onToggle: (id: string, isOpen: boolean) => void;
  children: () => ReactNode;
}) {
  return (
    <details
      className={`fold fold--${level}`}
      open={isOpen}
      onToggle={(event) => {
        if (event.currentTarget.open !== isOpen) onToggle(id, event.currentTarget.open);
      }}
    >
      <summary>
        <span className="fold__name">{name}</span>
        <CountShapes counts={counts} />
      </summary>
      {/* A closed fold renders nothing inside, so the page never holds a thousand rows at once. */}
      {isOpen ? <div className="fold__body">{children()}</div> : null}
    </details>
  );
}

/** The indicator list folded by directorate and unit, each fold with its counts, opened on demand. */
export function FoldedIndicators({
  folds,
  unitBody,
  open,
  onToggle,
  unitsOnly = false,
}: FoldedIndicatorsProps) {
  const opened = parseOpen(open);
  const unitFolds = (directorate: DirectorateFoldHeading) =>
    directorate.units.map((unit) => (
      <Fold
        key={unit.id}
        id={unit.id}
        name={unit.name}
        counts={unit.counts}
        level="unit"
        isOpen={opened.has(unit.id)}
        onToggle={onToggle}
      >
        {() => unitBody(unit)}
      </Fold>
    ));
  return (
    <div className="folds">
      <p className="folds__lead">
        This list is long, so it is folded by {unitsOnly ? 'unit' : 'directorate and unit'}. Open
        the ones you need; the address remembers them, and printing gives the summary
        {unitsOnly ? '' : ', the exceptions'} and the units that are open.
      </p>
      {unitsOnly
        ? folds.map(unitFolds)
        : folds.map((directorate) => (
            <Fold
              key={directorate.id}
              id={directorate.id}
              name={directorate.name}
              counts={directorate.counts}
              level="directorate"
              isOpen={opened.has(directorate.id)}
              onToggle={onToggle}
            >
              {() => unitFolds(directorate)}
            </Fold>
          ))}
    </div>
  );
}

/** One unit's tables inside its fold. */
export function UnitTables({
  rows,
  structure,
  unitId,
  prefetch,
}: {
  rows: readonly IndicatorRow[];
  structure: Structure | undefined;
  unitId: string;
  prefetch: LinkIntent;
}) {
  return (
    <IndicatorTables
      rows={rows}
      structure={structure}
      scopeId={unitId === 'unassigned' ? undefined : unitId}
      headingLevel={3}
      idPrefix={`${unitId}-`}
      prefetch={prefetch}
    />
  );
}
