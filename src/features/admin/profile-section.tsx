import { useQuery } from '@tanstack/react-query';
import type { IndicatorSettingsResponse } from '@/data/api/contract';
import { historyQuery } from '@/data/api/queries';
import { formatDate } from '@/domain/due-dates';
import { formatPeriod } from '@/domain/periods';
import { describeShares } from '@/domain/set-profiles';
import { ProfileForm } from './profile-form';
import '@/ui/data-table.css';

/** What phases a year's target when administrators have set nothing for it. */
function datasetProfileText(settings: IndicatorSettingsResponse): string {
  return settings.datasetProfile === null
    ? 'None: a month’s figure is not rated against the year’s target.'
    : `From the dataset: ${settings.datasetProfile}`;
}

/**
 * The monthly profile in force for each year (set by administrators or the dataset's), every
 * version administrators set with who, when and why, and the form to set a new one.
 */
export function ProfileSection({ settings }: { settings: IndicatorSettingsResponse }) {
  const history = useQuery(historyQuery(settings.indicatorId));
  const changes = history.data?.profileChanges ?? [];
  return (
    <section aria-labelledby="profile-heading" className="admin-section">
      <h2 id="profile-heading">Monthly profile</h2>
      {settings.profiles.length === 0 ? null : (
        <table className="data-table admin-profiles">
          <caption>Monthly profile in force by financial year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Profile</th>
            </tr>
          </thead>
          <tbody>
            {settings.profiles.map((profile) => (
              <tr key={profile.year}>
                <th scope="row">{formatPeriod(profile.year)}</th>
                <td>
                  {profile.shares === null
                    ? datasetProfileText(settings)
                    : `Set by administrators (version ${String(profile.version)}): ${describeShares(profile.shares)}.`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ProfileForm settings={settings} />
      <h3>Profile history</h3>
      {changes.length === 0 ? (
        <p className="muted">No administrator has set a monthly profile for this indicator.</p>
      ) : (
        <ol className="change-history">
          {changes.map((change) => (
            <li key={`${change.year} ${String(change.version)}`}>
              {change.actor.name} set version {change.version} for {formatPeriod(change.year)} on{' '}
              <time dateTime={change.at}>{formatDate(change.at.slice(0, 10))}</time>
              {change.reason === '' ? '.' : `: ${change.reason}`}{' '}
              <span className="muted">({describeShares(change.shares)})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
