import { Link } from '@/ui/navigation';
import { useId } from 'react';
import type { ComparisonResponse } from '@/data/api/contract';
import { describePolarity } from '@/domain/polarity';
import { formatPeriod } from '@/domain/periods';
import { ProvenanceDetails } from '@/ui/provenance-details';
import type { ComparisonView } from './comparison-model';

interface ComparisonAboutProps {
  data: ComparisonResponse;
  view: ComparisonView;
  documentTitles: ReadonlyMap<string, string>;
}

/** The context a comparison needs: measure, direction, period, group and sources. */
export function ComparisonAbout({ data, view, documentTitles }: ComparisonAboutProps) {
  const id = useId();
  const { indicator } = data;
  const { period, group } = view;
  return (
    <section className="compare-section compare-context" aria-labelledby={`${id}-context`}>
      <h3 id={`${id}-context`}>About this comparison</h3>
      <dl className="definition-list">
        <dt>Measure</dt>
        <dd>
          {view.source
            ? `${view.source.title ?? 'As named in the file'} (from ${view.source.fileName})`
            : (indicator.description ?? indicator.title)}{' '}
          <Link to="/indicators/$indicatorId" params={{ indicatorId: indicator.id }}>
            Open the indicator page
          </Link>
        </dd>
        <dt>Polarity</dt>
        <dd>{describePolarity(view.polarity)}</dd>
        <dt>Period</dt>
        <dd>
          {period ? formatPeriod(period) : 'Not stated'}
          {view.periods.length > 1
            ? ` (figures from ${view.periods.map(formatPeriod).join(', ')})`
            : ''}
        </dd>
        <dt>Group</dt>
        <dd>
          {group.name} ({group.members.length} members)
          {group.provenance.length > 0 ? (
            <details className="provenance-group">
              <summary>
                Where the papers name the group ({group.provenance.length}{' '}
                {group.provenance.length === 1 ? 'line' : 'lines'})
              </summary>
              {group.provenance.map((p) => (
                <ProvenanceDetails
                  key={`${p.document}-${p.line}`}
                  provenance={p}
                  documentTitle={documentTitles.get(p.document)}
                />
              ))}
            </details>
          ) : null}
        </dd>
        {data.tables.map((table) =>
          table.periodNote ? (
            <div key={table.id}>
              <dt>Note in {table.title}</dt>
              <dd>{table.periodNote}</dd>
            </div>
          ) : null,
        )}
        <dt>Sources</dt>
        <dd>
          Each figure&rsquo;s source (document, line and the row as printed, or the imported file)
          is in the table&rsquo;s Source column.
        </dd>
      </dl>
    </section>
  );
}
