import { Link, useNavigate } from '@/ui/navigation';
import { useId, useState, type SyntheticEvent } from 'react';
import type { IndicatorRow, ReturnResponse } from '@/data/api/contract';
import type { Frequency } from '@/data/contract/dataset-schema';
import { formatValue } from '@/domain/format';
import { formatPeriod, isPeriodId, parsePeriod, toPeriodId } from '@/domain/periods';
import { FieldError } from '@/ui/field-error';
import { StatusBadge } from '@/ui/status-badge';
import { periodHints } from './period-hints';
import { ReturnForPeriod } from './return-for-period';
import './return-panel.css';

interface ReturnPanelProps {
  indicatorId: string;
  frequency: Frequency;
  unit: IndicatorRow['indicator']['unit'];
  returnPeriod: string | undefined;
  /** The person's rights, the return for `returnPeriod` and the indicator's open returns. */
  view: ReturnResponse;
}

function rightsSentence({ mayRecord, mayApprove }: ReturnResponse['rights']): string {
  if (mayRecord && mayApprove) return 'You enter this indicator’s figures and approve them.';
  if (mayRecord) return 'You enter this indicator’s figures; an approver signs them off.';
  return 'You approve this indicator’s figures once a contributor submits them.';
}

/**
 * The return for a period: choose the period (it goes in the address, so My returns can link
 * here), then enter, submit, approve or return it. Nothing here is published until approved.
 */
export function ReturnPanel({
  indicatorId,
  frequency,
  unit,
  returnPeriod,
  view,
}: ReturnPanelProps) {
  const id = useId();
  const navigate = useNavigate();
  const [periodError, setPeriodError] = useState<string | null>(null);
  const period = returnPeriod !== undefined && isPeriodId(returnPeriod) ? returnPeriod : null;
  const format = (value: number | null) => formatValue(value, unit);

  const choose = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const entry = new FormData(event.currentTarget).get('period');
    const text = typeof entry === 'string' ? entry : '';
    const parsed = parsePeriod(text);
    if (parsed === null) {
      setPeriodError(
        text.trim() === ''
          ? 'Enter the period of the return.'
          : `"${text}" is not a period. ${periodHints[frequency]}`,
      );
      return;
    }
    setPeriodError(null);
    navigate({
      search: (prev) => ({ ...prev, returnPeriod: toPeriodId(parsed) }),
      hash: 'return',
    });
  };

  return (
    <section
      aria-labelledby="return-heading"
      className="indicator-section return-panel"
      id="return"
    >
      <h2 id="return-heading">Returns</h2>
      <p>
        {rightsSentence(view.rights)} Drafts and submitted figures are not published: viewers and
        the public see a figure only once it is approved.
      </p>
      <form noValidate onSubmit={choose} className="return-panel__period">
        <div className={`field${periodError ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-period`}>Period of the return</label>
          <p className="field__hint" id={`${id}-period-hint`}>
            {periodHints[frequency]}
          </p>
          <FieldError id={`${id}-period-error`} message={periodError ?? undefined} />
          <input
            id={`${id}-period`}
            name="period"
            type="text"
            autoComplete="off"
            key={period ?? ''}
            defaultValue={period ? formatPeriod(period) : ''}
            aria-invalid={periodError ? true : undefined}
            aria-describedby={`${id}-period-hint${periodError ? ` ${id}-period-error` : ''}`}
          />
        </div>
        <button type="submit" className="button button--secondary">
          Open this period
        </button>
      </form>
      {period ? (
        <ReturnForPeriod
          key={period}
          indicatorId={indicatorId}
          period={period}
          view={view}
          format={format}
        />
      ) : null}
      {view.open.length > 0 ? (
        <>
          <h3>Returns not yet approved</h3>
          <ul className="return-panel__open">
            {view.open.map((open) => (
              <li key={open.period}>
                <Link
                  to="/indicators/$indicatorId"
                  params={{ indicatorId }}
                  search={(prev) => ({ ...prev, returnPeriod: open.period })}
                  hash="return"
                >
                  {formatPeriod(open.period)}
                </Link>
                : {format(open.value)}, {open.statusLabel.toLowerCase()}
                {open.rating ? (
                  <>
                    , would be{' '}
                    <StatusBadge status={open.rating.status} reason={open.rating.reason} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
