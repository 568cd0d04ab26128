import { useQuery } from '@tanstack/react-query';
import { Link, useRouteParams } from '@/ui/navigation';
import { indicatorSettingsQuery } from '@/data/api/admin';
import { indicatorDetailQuery } from '@/data/api/queries';
import { formatValue, type UnitInput } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { usePageTitle } from '@/ui/use-page-title';
import { DueRuleForm } from './due-rule-form';
import { ProfileSection } from './profile-section';
import { TargetForm } from './target-form';
import '@/ui/data-table.css';

const PLAIN: UnitInput = { type: 'count' };

/** One indicator's targets, floors and monthly profiles by financial year, and when its figures are due. */
export function IndicatorSettingsPage() {
  const { indicatorId } = useRouteParams('/admin/indicators/$indicatorId');
  const settings = useQuery(indicatorSettingsQuery(indicatorId));
  const detail = useQuery(indicatorDetailQuery(indicatorId));
  const unit = detail.data?.row.indicator.unit ?? PLAIN;
  usePageTitle(
    settings.data
      ? `Targets, profile and due date: ${settings.data.title} – Administration`
      : undefined,
  );
  return (
    <QueryState
      query={settings}
      what={`the targets of ${indicatorId}`}
      skeleton={<SkeletonLines lines={6} />}
    >
      {(data) => (
        <>
          <section aria-labelledby="targets-heading" className="admin-section">
            <h2 id="targets-heading">Targets and floors: {data.title}</h2>
            <p>
              <Link to="/indicators/$indicatorId" params={{ indicatorId: data.indicatorId }}>
                See the indicator page
              </Link>{' '}
              for its figures, statuses and the history of changes.
            </p>
            {data.years.length === 0 ? (
              <p className="muted">No targets or floors yet.</p>
            ) : (
              <table className="data-table admin-targets">
                <caption>Target and floor by financial year</caption>
                <thead>
                  <tr>
                    <th scope="col">Year</th>
                    <th scope="col" className="is-numeric">
                      Target
                    </th>
                    <th scope="col" className="is-numeric">
                      Floor
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.years.map((year) => (
                    <tr key={year.year}>
                      <th scope="row">{formatPeriod(year.year)}</th>
                      <td className="is-numeric">{formatValue(year.target.value, unit)}</td>
                      <td className="is-numeric">{formatValue(year.floor.value, unit)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <TargetForm settings={data} unit={unit} />
          </section>
          <ProfileSection settings={data} />
          <DueRuleForm
            key={`${data.dueRule.rule.kind}-${data.dueRule.rule.days}`}
            settings={data}
          />
        </>
      )}
    </QueryState>
  );
}
