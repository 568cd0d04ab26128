/** The returns in progress for an indicator (drafts, submitted, returned), with the import each came from. */
import { useQuery } from '@tanstack/react-query';
import { indicatorListQuery } from '@/data/api/queries';
import { indicatorReturnsQuery } from '@/data/api/returns-batch-queries';
import { formatValue } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { ScrollRegion } from '@/ui/scroll-region';
import '@/ui/data-table.css';

export function ReturnsInProgress({ indicatorId }: { indicatorId: string }) {
  const returns = useQuery(indicatorReturnsQuery(indicatorId));
  const list = useQuery(indicatorListQuery());
  const unit = list.data?.rows.find((row) => row.indicator.id === indicatorId)?.indicator.unit;
  if (returns.isPending) return <p>Loading the returns in progress…</p>;
  if (returns.isError)
    return (
      <p className="notice notice--error" role="alert">
        {returns.error.message}
      </p>
    );
  const items = returns.data.returns.filter((item) => item.status !== 'approved');
  if (items.length === 0) return <p>No returns are in progress for this indicator.</p>;
  return (
    <ScrollRegion label="Returns in progress">
      <table className="data-table">
        <caption>Returns in progress (not published)</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="is-numeric">
              Value
            </th>
            <th scope="col">Status</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.area} ${item.period}`}>
              <th scope="row">{formatPeriod(item.period)}</th>
              <td className="is-numeric">
                {unit ? formatValue(item.value, unit) : (item.value ?? '–')}
              </td>
              <td>{item.statusLabel}</td>
              <td>
                {item.batchId
                  ? `An imported template (${item.updatedBy})`
                  : `Typed in by ${item.updatedBy}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
