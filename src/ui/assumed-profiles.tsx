import type { IndicatorRow } from '@/data/api/contract';
import type { ProfileChoice } from '@/domain/profile';
import { statusLabel } from '@/domain/rating';
import './assumed-profiles.css';

type Rating = IndicatorRow['latestRating'];

/** The status to show: with an assumed target profile, or what the paper's figures alone support. */
export function ratingShown(rating: Rating, includeAssumed: boolean): Rating {
  return includeAssumed || rating.withoutAssumption === undefined
    ? rating
    : rating.withoutAssumption;
}

/** True when any of these statuses rests on an assumed target profile. */
export function anyAssumed(ratings: readonly (Rating | null)[]): boolean {
  return ratings.some((rating) => rating?.assumption !== undefined);
}

type RatedRow = Pick<IndicatorRow, 'latestRating' | 'ytdRating' | 'forecastRating'>;

/** True when any status of these rows (latest, year to date, forecast) rests on an assumed profile. */
export function anyRowAssumed(rows: readonly RatedRow[]): boolean {
  return anyAssumed(rows.flatMap((row) => [row.latestRating, row.ytdRating, row.forecastRating]));
}

interface AssumedProfilesToggleProps {
  includeAssumed: boolean;
  onChange: (includeAssumed: boolean) => void;
}

/** Lets a manager see the statuses with and without Ragstone's assumed target profiles. */
export function AssumedProfilesToggle({ includeAssumed, onChange }: AssumedProfilesToggleProps) {
  return (
    <label className="assumed-profiles-toggle">
      <input
        type="checkbox"
        checked={includeAssumed}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />{' '}
      Use assumed target profiles where the paper does not print its phasing
    </label>
  );
}

type ProfilesSwitchProps = {
  profiles: ProfileChoice | undefined;
  onChange: (profiles: ProfileChoice | undefined) => void;
} & (
  | {
      /** The rows on the page: the switch is shown only when one of their statuses rests on an assumption. */
      rows: readonly RatedRow[];
    }
  | {
      /** Whether a status on the page rests on an assumption, worked out already (a list's first view). */
      assumed: boolean;
    }
);

/** The switch for a page whose choice is `profiles` in its address ('paper': without assumptions). */
export function ProfilesSwitch(props: ProfilesSwitchProps) {
  const { profiles, onChange } = props;
  const assumed = 'assumed' in props ? props.assumed : anyRowAssumed(props.rows);
  if (profiles !== 'paper' && !assumed) return null;
  return (
    <AssumedProfilesToggle
      includeAssumed={profiles !== 'paper'}
      onChange={(includeAssumed) => {
        onChange(includeAssumed ? undefined : 'paper');
      }}
    />
  );
}

/** The assumption a status rests on, said next to it. */
export function AssumptionNote({ rating }: { rating: Rating }) {
  if (rating.assumption === undefined) return null;
  return (
    <span className="assumption-note">
      <strong>Assumption:</strong> {rating.assumption}
    </span>
  );
}

/**
 * In a table: a status resting on an assumed profile is labelled so, with the status the paper's
 * own figures support beside it.
 */
export function AssumptionTag({ rating }: { rating: Rating | null }) {
  if (!rating?.withoutAssumption) return null;
  return (
    <span className="assumption-tag">
      Assumed profile; the paper’s figures alone: {statusLabel(rating.withoutAssumption.status)}
    </span>
  );
}
