import { Link } from '@/ui/navigation';
import type { IndicatorDetailResponse } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { formatCodes } from '@/domain/frameworks';
import { describePolarity } from '@/domain/polarity';
import { formatPeriod } from '@/domain/periods';
import { DirectionBadge } from '@/ui/direction-badge';
import {
  AssumedProfilesToggle,
  AssumptionNote,
  anyAssumed,
  ratingShown,
} from '@/ui/assumed-profiles';
import { PublishedRagNote } from '@/ui/published-rag';
import { StatusBadge } from '@/ui/status-badge';
import { describeRule, RULE_NAMES } from '@/domain/rating';
import { describeUnit, frequencyLabels, kindLabels } from './rule-description';

interface DefinitionPanelProps {
  detail: IndicatorDetailResponse;
  structures: readonly Structure[];
  /** Show statuses that rest on an assumed target profile (the default), or without them. */
  includeAssumed?: boolean;
  onIncludeAssumedChange?: (includeAssumed: boolean) => void;
}

const roleLabels = { lead: 'Lead', support: 'Supports', reports: 'Reports' } as const;

/** The badge already says 'Improving' etc., so the reason beside it should not say it again. */
function withoutLeadingLabel(reason: string): string {
  const rest = reason.replace(/^(improving|worsening|no change|not comparable):\s*/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

type Row = IndicatorDetailResponse['row'];

/** One rated figure: our status with its reason, and what the paper printed beside it. */
function RatingDetail({
  term,
  figure,
  rating: computed,
  includeAssumed,
}: {
  term: string;
  figure: Row['latest'];
  rating: Row['latestRating'];
  includeAssumed: boolean;
}) {
  const rating = ratingShown(computed, includeAssumed);
  return (
    <>
      <dt>{term}</dt>
      <dd className="status-detail">
        <StatusBadge status={rating.status} reason={rating.reason} showReason />
        <PublishedRagNote figure={figure} rating={rating} />
        <AssumptionNote rating={rating} />
      </dd>
    </>
  );
}

/** Definition, codes, owners, the rule and the reason for the current status. */
export function DefinitionPanel({
  detail,
  structures,
  includeAssumed = true,
  onIncludeAssumedChange,
}: DefinitionPanelProps) {
  const { indicator, row } = detail;
  const hasAssumption = anyAssumed([row.latestRating, row.ytdRating, row.forecastRating]);
  const owners = indicator.owners.map((owner) => {
    const structure =
      structures.find((s) => s.id === owner.structureId) ??
      structures.find((s) => s.nodes.some((node) => node.id === owner.nodeId));
    const node =
      structure?.nodes.find((n) => n.id === owner.nodeId) ??
      detail.owners.find((n) => n.id === owner.nodeId);
    return { owner, structure, name: node?.name ?? owner.nodeId };
  });
  return (
    <section aria-labelledby="definition-heading" className="indicator-section">
      <h2 id="definition-heading">Definition and status</h2>
      {indicator.description ? (
        <p className="indicator-definition">{indicator.description}</p>
      ) : null}
      {hasAssumption && onIncludeAssumedChange ? (
        <AssumedProfilesToggle includeAssumed={includeAssumed} onChange={onIncludeAssumedChange} />
      ) : null}
      <dl className="definition-list">
        <dt>Codes</dt>
        <dd>
          {indicator.codes.length > 0
            ? formatCodes(indicator.codes, '; ')
            : 'Local indicator (no framework code)'}
        </dd>
        <dt>Kind</dt>
        <dd>{kindLabels[indicator.kind]}</dd>
        <dt>Unit</dt>
        <dd>{describeUnit(indicator.unit)}</dd>
        <dt>Reported</dt>
        <dd>{frequencyLabels[indicator.frequency]}</dd>
        <dt>
          <Link to="/help" hash="polarity">
            Polarity
          </Link>
        </dt>
        <dd>
          <strong>{describePolarity(indicator.polarity)}</strong>
          {indicator.polarityReason ? (
            <span className="muted"> ({indicator.polarityReason})</span>
          ) : null}
        </dd>
        <dt>Owner{owners.length === 1 ? '' : 's'}</dt>
        <dd>
          {owners.length === 0 ? (
            'No owning unit recorded'
          ) : (
            <ul className="plain-list">
              {owners.map(({ owner, structure, name }) => (
                <li key={`${owner.structureId ?? ''}-${owner.nodeId}-${owner.role}`}>
                  {structure ? (
                    <Link
                      to="/organisation/$structureId/$nodeId"
                      params={{ structureId: structure.id, nodeId: owner.nodeId }}
                    >
                      {name}
                    </Link>
                  ) : (
                    name
                  )}{' '}
                  <span className="muted">
                    ({roleLabels[owner.role]}
                    {structure ? `, ${structure.name}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Rating rule</dt>
        <dd>
          {indicator.rule.type === 'not-rated'
            ? describeRule(indicator.rule)
            : `${RULE_NAMES[indicator.rule.type]}: ${describeRule(indicator.rule)}`}
        </dd>
        <RatingDetail
          term={`Current status${row.latest ? ` (${formatPeriod(row.latest.period)})` : ''}`}
          figure={row.latest}
          rating={row.latestRating}
          includeAssumed={includeAssumed}
        />
        {row.ytdRating && row.ytd ? (
          <RatingDetail
            term={`Year to date (${formatPeriod(row.ytd.period)})`}
            figure={row.ytd}
            rating={row.ytdRating}
            includeAssumed={includeAssumed}
          />
        ) : null}
        {row.forecastRating && row.forecast ? (
          <RatingDetail
            term={`Forecast (${formatPeriod(row.forecast.period)})`}
            figure={row.forecast}
            rating={row.forecastRating}
            includeAssumed={includeAssumed}
          />
        ) : null}
        <dt>
          <Link to="/help" hash="direction-of-travel">
            Direction of travel
          </Link>
        </dt>
        <dd>
          <DirectionBadge direction={row.direction.direction} reason={row.direction.reason} />{' '}
          <span className="muted">{withoutLeadingLabel(row.direction.reason)}</span>
        </dd>
      </dl>
    </section>
  );
}
