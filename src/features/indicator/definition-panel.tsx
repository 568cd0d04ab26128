import { Link } from '@/ui/navigation';
import type { IndicatorDetailResponse } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { describePolarity } from '@/domain/polarity';
import { DirectionBadge } from '@/ui/direction-badge';
import { AssumedProfilesToggle, anyAssumed } from '@/ui/assumed-profiles';
import { codesWords, ownersOf, ruleWords, withoutLeadingLabel } from './definition-words';
import { OwnerList } from './owner-list';
import { RatingDetails } from './rating-details';
import { describeUnit, frequencyLabels, kindLabels } from './rule-description';

interface DefinitionPanelProps {
  detail: IndicatorDetailResponse;
  structures: readonly Structure[];
  /** Show statuses that rest on an assumed target profile (the default), or without them. */
  includeAssumed?: boolean;
  onIncludeAssumedChange?: (includeAssumed: boolean) => void;
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
  const owners = ownersOf(detail, structures);
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
        <dd>{codesWords(indicator.codes)}</dd>
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
          <OwnerList owners={owners} />
        </dd>
        <dt>Rating rule</dt>
        <dd>{ruleWords(indicator.rule)}</dd>
        <RatingDetails row={row} includeAssumed={includeAssumed} />
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
