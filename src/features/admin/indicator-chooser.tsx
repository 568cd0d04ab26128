import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@/ui/navigation';
import { useId, useState } from 'react';
import { indicatorListQuery } from '@/data/api/queries';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { usePageTitle } from '@/ui/use-page-title';

/** Pick an indicator to set its targets, floors and due date (also linked from each indicator page). */
export function IndicatorChooser() {
  usePageTitle('Targets and due dates – Administration');
  const id = useId();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const list = useQuery(indicatorListQuery({}));
  return (
    <section aria-labelledby={`${id}-heading`} className="admin-section">
      <h2 id={`${id}-heading`}>Targets and due dates</h2>
      <p>
        Choose an indicator to set its target and floor for a financial year, or when its figures
        are due. Each indicator page also links here for administrators.
      </p>
      <QueryState query={list} what="the indicators" skeleton={<SkeletonLines lines={2} />}>
        {(data) => {
          const choices = data.rows.map((row) => row.indicator);
          return (
            <form
              className="admin-form"
              onSubmit={(event) => {
                event.preventDefault();
                const chosen = choices.find(
                  (i) => i.id === query || i.title.toLowerCase() === query.trim().toLowerCase(),
                );
                if (chosen)
                  navigate({
                    to: '/admin/indicators/$indicatorId',
                    params: { indicatorId: chosen.id },
                  });
              }}
            >
              <div className="field field--wide">
                <label htmlFor={`${id}-indicator`}>Indicator</label>
                <select
                  id={`${id}-indicator`}
                  value={query}
                  onChange={(event) => {
                    setQuery(event.target.value);
                  }}
                >
                  <option value="">Choose an indicator</option>
                  {choices.map((indicator) => (
                    <option key={indicator.id} value={indicator.id}>
                      {indicator.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button" disabled={query === ''}>
                Set targets and due date
              </button>
            </form>
          );
        }}
      </QueryState>
    </section>
  );
}
