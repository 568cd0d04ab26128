import { useQuery } from '@tanstack/react-query';
import { Link } from '@/ui/navigation';
import type { ChangeEntry, IndicatorRow, ProfileChange } from '@/data/api/contract';
import { historyQuery } from '@/data/api/queries';
import { meQuery } from '@/data/api/session';
import { transportKind } from '@/data/api/client';
import { formatValue } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { isAdministrator } from '@/domain/roles';
import { describeShares } from '@/domain/set-profiles';
import { formatChangedOn } from '@/lib/format-time';

/** "Target for 2012/13 changed on 6 December 2026 from 98% to 97% by Ada Admin: re-based." */
export function describeTargetChange(
  entry: ChangeEntry,
  unit: IndicatorRow['indicator']['unit'],
): string {
  const what = entry.subject === 'floor' ? 'Floor' : 'Target';
  const shown = (value: number | null) => (value === null ? 'none' : formatValue(value, unit));
  return `${what} for ${formatPeriod(entry.period)} changed on ${formatChangedOn(entry.at)} from ${shown(entry.before)} to ${shown(entry.after)} by ${entry.actor.name}: ${entry.reason}`;
}

/** "Monthly profile for 2012/13 set on 6 December 2026 by Ada Admin (April 10%, …): seasonal." */
export function describeProfileChange(change: ProfileChange): string {
  const reason = change.reason === '' ? '' : `: ${change.reason}`;
  return `Monthly profile for ${formatPeriod(change.year)} set on ${formatChangedOn(change.at)} by ${change.actor.name} (${describeShares(change.shares)})${reason}`;
}

/** A changed target or floor moves the goalposts: say so where the status is read. */
export const isTargetChange = (entry: ChangeEntry): boolean =>
  (entry.subject === 'target' || entry.subject === 'floor') && entry.before !== null;

interface TargetChangesProps {
  indicatorId: string;
  area: string | undefined;
  unit: IndicatorRow['indicator']['unit'];
}

/**
 * Changes to this indicator's targets and floors made in Ragstone, and the monthly profiles
 * administrators set (each replaces the dataset's phasing, so each is shown), newest first; for
 * administrators the way to make one. Nothing at all when there are none (or no history to ask).
 */
export function TargetChanges({ indicatorId, area, unit }: TargetChangesProps) {
  const isStatic = transportKind() === 'static';
  const history = useQuery({ ...historyQuery(indicatorId, area), enabled: !isStatic });
  const me = useQuery({ ...meQuery(), enabled: !isStatic });
  const changes = history.data?.entries.filter(isTargetChange) ?? [];
  const profiles = history.data?.profileChanges ?? [];
  const admin = area === undefined && isAdministrator(me.data?.user ?? null);
  if (changes.length === 0 && profiles.length === 0 && !admin) return null;
  return (
    <section aria-labelledby="target-changes-heading" className="indicator-section">
      <h2 id="target-changes-heading">Changes to targets</h2>
      {changes.length === 0 ? (
        <p className="muted">The targets and floors are as the papers set them.</p>
      ) : (
        <ul className="target-changes">
          {changes.map((entry) => (
            <li key={entry.id} className="notice notice--warning">
              {describeTargetChange(entry, unit)}
            </li>
          ))}
        </ul>
      )}
      {profiles.length === 0 ? null : (
        <ul className="target-changes" aria-label="Monthly profiles set by administrators">
          {profiles.map((change) => (
            <li key={`${change.year} ${String(change.version)}`} className="notice notice--warning">
              {describeProfileChange(change)}
            </li>
          ))}
        </ul>
      )}
      {admin ? (
        <p>
          <Link to="/admin/indicators/$indicatorId" params={{ indicatorId }}>
            Set targets, floors, monthly profile and due date
          </Link>
        </p>
      ) : null}
    </section>
  );
}
