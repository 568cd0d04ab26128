import { useId, useMemo, useState } from 'react';
import type { ComparisonResponse } from '@/data/api/contract';
import type { MeasureUnit } from '@/data/contract/dataset-schema';
import { formatValue, NO_VALUE } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { sourceLine } from '@/ui/chart/source-line';
import { OverTimeChart } from './over-time-chart';
import { buildOverTimeModel, type OverTimeModel } from './over-time-model';
import { ScrollRegion } from '@/ui/scroll-region';
import '@/ui/data-table.css';

interface OverTimeProps {
  data: ComparisonResponse;
  lead: string;
  members: readonly string[];
  references: readonly string[];
  unit: MeasureUnit;
  groupName: string;
  documentTitles: ReadonlyMap<string, string>;
}

function describe(model: OverTimeModel, groupName: string): string {
  const [leadLine, ...rest] = model.lines;
  const first = formatPeriod(model.periods[0] ?? '');
  const last = formatPeriod(model.periods[model.periods.length - 1] ?? '');
  const others =
    rest.length > 0 ? ` and ${rest.length} other ${rest.length === 1 ? 'area' : 'areas'}` : '';
  const spread = model.spread
    ? `, against the median of ${groupName} and the middle half of its areas (between the quartiles)`
    : '';
  return `${leadLine?.name ?? 'The lead'}${others}, ${first} to ${last}${spread}.`;
}

/** The comparison over time: a chart of the chosen areas and the group's spread, and its table. */
export function OverTime({
  data,
  lead,
  members,
  references,
  unit,
  groupName,
  documentTitles,
}: OverTimeProps) {
  const id = useId();
  // The table (a row per period) is built when first opened, not with every change of choice.
  const [isTableOpen, setTableOpen] = useState(false);
  const model = useMemo(
    () => buildOverTimeModel(data, { lead, members, references }),
    [data, lead, members, references],
  );
  if (model.periods.length < 2 || model.lines.length === 0) return null;
  const { spread } = model;
  const first = formatPeriod(model.periods[0] ?? '');
  const last = formatPeriod(model.periods[model.periods.length - 1] ?? '');
  const drawnAreas = new Set(model.lines.map((line) => line.areaId));
  return (
    <section className="compare-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Over time</h3>
      <p id={`${id}-summary`}>{describe(model, groupName)}</p>
      <OverTimeChart
        model={model}
        unit={unit}
        summaryId={`${id}-summary`}
        download={{
          title: data.indicator.title,
          period: `${groupName}, ${first} to ${last}`,
          source: sourceLine(
            data.series.areas
              .filter((entry) => drawnAreas.has(entry.area))
              .flatMap((entry) => entry.documents),
            documentTitles,
          ),
          fileName: `ragstone-${data.indicator.id}-${lead}-over-time`,
        }}
      />
      <details
        onToggle={(event) => {
          if (event.currentTarget.open) setTableOpen(true);
        }}
      >
        <summary>The figures over time as a table</summary>
        {isTableOpen ? (
          <ScrollRegion label="Figures over time">
            <table className="data-table">
              <caption className="visually-hidden">Figures over time</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  {model.lines.map((line) => (
                    <th scope="col" key={line.areaId} className="is-numeric">
                      {line.name}
                      {line.isLead ? ' (lead)' : ''}
                    </th>
                  ))}
                  {spread ? (
                    <>
                      <th scope="col" className="is-numeric">
                        Group lower quartile
                      </th>
                      <th scope="col" className="is-numeric">
                        Group median
                      </th>
                      <th scope="col" className="is-numeric">
                        Group upper quartile
                      </th>
                      <th scope="col" className="is-numeric">
                        Areas with a figure
                      </th>
                    </>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {model.periods.map((period, index) => {
                  const cell = (value: number | null | undefined) =>
                    typeof value === 'number' ? formatValue(value, unit) : NO_VALUE;
                  return (
                    <tr key={period}>
                      <th scope="row">{formatPeriod(period)}</th>
                      {model.lines.map((line) => (
                        <td key={line.areaId} className="is-numeric">
                          {cell(line.values[index])}
                        </td>
                      ))}
                      {spread ? (
                        <>
                          <td className="is-numeric">{cell(spread.lower[index])}</td>
                          <td className="is-numeric">{cell(spread.median[index])}</td>
                          <td className="is-numeric">{cell(spread.upper[index])}</td>
                          <td className="is-numeric">{spread.counts[index] ?? 0}</td>
                        </>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        ) : null}
      </details>
    </section>
  );
}
