import { useNavigate } from '@/ui/navigation';
import { useId } from 'react';
import type { ReturnsSearch } from './returns-search';

/** The date the returns are worked out at (a permalink), and whether to list received ones too. */
export function AsAtForm({
  search,
  today,
  to,
}: {
  search: ReturnsSearch;
  today: string;
  to: '/returns' | '/returns/approvals';
}) {
  const id = useId();
  const navigate = useNavigate();
  return (
    <form
      className="returns-filters"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const asAt = data.get('today');
        const show = data.get('show');
        navigate({
          to,
          search: {
            ...(typeof asAt === 'string' && asAt !== '' ? { today: asAt } : {}),
            ...(show === 'all' ? { show: 'all' as const } : {}),
          },
        });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-today`}>As at</label>
        <input id={`${id}-today`} name="today" type="date" defaultValue={search.today ?? today} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-show`}>Show</label>
        <select id={`${id}-show`} name="show" defaultValue={search.show ?? 'outstanding'}>
          <option value="outstanding">What still needs doing</option>
          <option value="all">Everything, including received</option>
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Update
      </button>
    </form>
  );
}
