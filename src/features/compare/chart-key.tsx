import { formatValue } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { referenceDash } from './comparison-chart';
import type { ComparisonView } from './comparison-model';
import { LeadPattern } from './lead-pattern';

/** The chart's key: the lead's hatching, each reference line's dash, the imported outline. */
export function ChartKey({ view }: { view: ComparisonView }) {
  return (
    <ul className="chart-key" aria-label="Chart key">
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <rect width="28" height="14" fill="url(#key-lead)" stroke="#0b0c0c" strokeWidth="2" />
          <defs>
            <LeadPattern id="key-lead" size={6} strokeWidth={2} />
          </defs>
        </svg>{' '}
        Hatched bar, labelled &lsquo;(lead)&rsquo;: the authority being compared
      </li>
      {view.references.map((reference, index) => (
        <li key={reference.areaId}>
          <svg width="28" height="14" aria-hidden="true">
            <line
              x1="0"
              y1="7"
              x2="28"
              y2="7"
              stroke="#0b0c0c"
              strokeWidth="2"
              strokeDasharray={referenceDash(index)}
            />
          </svg>{' '}
          {reference.name}: {formatValue(reference.value, view.unit)}
          {reference.period && reference.period !== view.period
            ? ` (${formatPeriod(reference.period)})`
            : ''}
        </li>
      ))}
      {view.ranked.some((f) => f.importedFrom) ? (
        <li>
          <svg width="28" height="14" aria-hidden="true">
            <rect
              x="1"
              y="1"
              width="26"
              height="12"
              fill="#fff"
              stroke="#505a5f"
              strokeDasharray="4 2"
            />
          </svg>{' '}
          Dashed outline, labelled &lsquo;(imported)&rsquo;: a figure from an imported file
        </li>
      ) : null}
    </ul>
  );
}
