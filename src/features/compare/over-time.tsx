import { useId } from 'react';
import type { ComparisonResponse } from '@/data/api/contract';
import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { formatValue, NO_VALUE } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { buildOverTime } from './comparison-model';
import { OverTimeChart } from './over-time-chart';
import { ScrollRegion } from '@/ui/scroll-region';

interface OverTimeProps {
  data: ComparisonResponse;
  lead: string;
  members: readonly string[];
  references: readonly string[];
  unit: MeasureUnit;
}

/** Beyond this many lines a chart is a tangle; the table still has every area. */
const MAX_LINES = 10;

export function OverTime({ data, lead, members, references, unit }: OverTimeProps) {
  const id = useId();
  const names = new Map(data.areas.map((area) => [area.id, area.name]));
  const others = members.filter((m) => m !== lead);
  const drawn = [
    lead,
    ...(others.length + references.length < MAX_LINES ? others : []),
    ...references,
  ];
  const { periods, rows } = buildOverTime(data, drawn);
  if (periods.length < 2) return null;
  const lines = drawn
    .filter((areaId) => rows.some((row) => typeof row[areaId] === 'number'))
    .map((areaId) => ({
      areaId,
      name: names.get(areaId) ?? areaId,
      isLead: areaId === lead,
      isReference: references.includes(areaId),
    }));
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  const summary = `${names.get(lead) ?? lead}${lines.length > 1 ? ` and ${lines.length - 1} other ${lines.length === 2 ? 'area' : 'areas'}` : ''}, ${formatPeriod(first)} to ${formatPeriod(last)}.`;
  return (
    <section className="compare-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Over time</h3>
      <p id={`${id}-summary`}>
        {summary}
        {others.length + references.length >= MAX_LINES
          ? ' Only the lead authority and the averages are drawn; the table has the rest.'
          : ''}
      </p>
      <OverTimeChart rows={rows} lines={lines} unit={unit} summaryId={`${id}-summary`} />
      <details>
        <summary>The figures over time as a table</summary>
        <ScrollRegion label="Figures over time">
          <table className="data-table">
            <caption className="visually-hidden">Figures over time</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                {lines.map((line) => (
                  <th scope="col" key={line.areaId} className="is-numeric">
                    {line.name}
                    {line.isLead ? ' (lead)' : ''}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.period}>
                  <th scope="row">{formatPeriod(row.period)}</th>
                  {lines.map((line) => {
                    const value = row[line.areaId];
                    return (
                      <td key={line.areaId} className="is-numeric">
                        {typeof value === 'number' ? formatValue(value, unit) : NO_VALUE}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </section>
  );
}
