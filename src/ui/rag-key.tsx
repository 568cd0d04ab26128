import { Link } from '@/ui/navigation';
import { describeRule, RULE_NAMES, type RatingRuleInput } from '@/domain/rating';
import { StatusBadge } from './status-badge';
import { DirectionBadge } from './direction-badge';
import './rag-key.css';

/** The distinct rating rules of some indicator rows, each once (tolerances and thresholds kept). */
export function rulesOf(
  rows: readonly { indicator: { rule: RatingRuleInput } }[],
): RatingRuleInput[] {
  const byWords = new Map<string, RatingRuleInput>();
  for (const { indicator } of rows) {
    if (indicator.rule.type !== 'not-rated')
      byWords.set(JSON.stringify(indicator.rule), indicator.rule);
  }
  return [...byWords.values()];
}

interface RagKeyProps {
  /** The rating rules of the indicators on the page, so the key explains only what is in use. */
  rules?: readonly RatingRuleInput[] | undefined;
}

/** Explains the statuses and arrows on the page, in the council's own words for its rule. */
export function RagKey({ rules = [{ type: 'target-floor' }] }: RagKeyProps) {
  const inUse = [
    ...new Set(rules.map((rule) => `${RULE_NAMES[rule.type]}: ${describeRule(rule)}`)),
  ];
  return (
    <details className="rag-key">
      <summary>How statuses are worked out</summary>
      <dl className="rag-key__list">
        <div>
          <dt>
            <StatusBadge status="green" />
          </dt>
          <dd>The result has met or exceeded the current target.</dd>
        </div>
        <div>
          <dt>
            <StatusBadge status="amber" />
          </dt>
          <dd>
            The result is below the target but at or above the floor standard (or within the
            tolerance or band the indicator&rsquo;s rule allows).
          </dd>
        </div>
        <div>
          <dt>
            <StatusBadge status="red" />
          </dt>
          <dd>
            The result is below the floor standard: the minimum set in the business plan, where
            management action should follow.
          </dd>
        </div>
        <div>
          <dt>
            <StatusBadge status="not-rated" />
          </dt>
          <dd>
            No status is given: there is no target, no figure yet, the indicator is reported less
            often, or it measures activity (demand), which is compared with the expected level
            instead. Hover over or open the indicator to read why.
          </dd>
        </div>
      </dl>
      <dl className="rag-key__list">
        <div>
          <dt>
            <DirectionBadge direction="improving" />
          </dt>
          <dd>Better than the previous period, allowing for whether higher or lower is better.</dd>
        </div>
        <div>
          <dt>
            <DirectionBadge direction="worsening" />
          </dt>
          <dd>Worse than the previous period.</dd>
        </div>
        <div>
          <dt>
            <DirectionBadge direction="no-change" />
          </dt>
          <dd>The same as the previous period.</dd>
        </div>
        <div>
          <dt>
            <DirectionBadge direction="not-comparable" />
          </dt>
          <dd>
            No earlier figure to compare with, or the indicator has no better or worse direction.
          </dd>
        </div>
      </dl>
      {inUse.length > 0 ? (
        <>
          <p className="rag-key__rules-title">Rules used for the indicators shown:</p>
          <ul className="rag-key__rules">
            {inUse.map((words) => (
              <li key={words}>{words}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        Annual indicators are rated on their forecast against the year-end target. Targets may be
        phased through the year, so the month and year-to-date statuses can differ.
      </p>
      <p>
        More in the glossary:{' '}
        <Link to="/help" hash="rag-rule">
          RAG rules
        </Link>
        ,{' '}
        <Link to="/help" hash="floor">
          floor standard
        </Link>
        ,{' '}
        <Link to="/help" hash="ytd">
          year to date
        </Link>
        ,{' '}
        <Link to="/help" hash="direction-of-travel">
          direction of travel
        </Link>{' '}
        and{' '}
        <Link to="/help" hash="polarity">
          polarity
        </Link>
        .
      </p>
    </details>
  );
}
