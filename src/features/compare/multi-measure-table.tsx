import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import type { ComparisonResponse } from '@/data/api/contract';
import { comparisonQuery } from '@/data/api/queries';
import type { ComparisonTable as PrintedTable } from '@/data/contract/dataset-schema';
import { ordinal, rankAreas } from '@/domain/compare';
import { formatValue, NO_VALUE } from '@/domain/format';
import { ProvenanceDetails } from '@/ui/provenance-details';
import { REFERENCE_TYPES } from './comparison-model';
import { ScrollRegion } from '@/ui/scroll-region';
import '@/ui/data-table.css';

interface MultiMeasureTableProps {
  table: PrintedTable;
  lead: string;
  documentTitles: ReadonlyMap<string, string>;
}

/** The area's figure in the period the comparison opens on (its latest earlier one if none). */
function figureFor(response: ComparisonResponse, areaId: string) {
  const figures = response.figures.observations
    .filter((o) => o.measure === 'actual' && o.area === areaId)
    .filter((o) => o.value !== null || o.missing !== undefined);
  return figures[figures.length - 1];
}

/** Drops the words every title shares ('Youth justice: '), which only crowd the headings. */
export function shortTitles(titles: readonly string[]): string[] {
  if (titles.length < 2) return [...titles];
  const first = titles[0] ?? '';
  let cut = 0;
  for (let index = first.indexOf(': '); index !== -1; index = first.indexOf(': ', index + 1)) {
    const prefix = first.slice(0, index + 2);
    if (titles.every((t) => t.startsWith(prefix) && t.length > prefix.length)) cut = index + 2;
  }
  return titles.map((t) => t.slice(cut));
}

/**
 * Asks for the measures of the comparison's printed tables with its first render, though the
 * tables are drawn in the second: so the build and the server draw the page with them in its
 * state, and the browser need not load the API client to fetch them (ADR 0093).
 */
export function useTableMeasures(response: ComparisonResponse): void {
  const ids = new Set(response.tables.flatMap((table) => table.indicatorIds));
  ids.delete(response.indicator.id);
  useQueries({ queries: [...ids].map((id) => comparisonQuery(id)) });
}

/** A printed table of several measures (e.g. the YJB summary), with each authority's position per measure. */
export function MultiMeasureTable({ table, lead, documentTitles }: MultiMeasureTableProps) {
  const results = useQueries({ queries: table.indicatorIds.map((id) => comparisonQuery(id)) });
  const loaded = results.map((r) => r.data);
  if (results.some((r) => r.isPending)) {
    return (
      <p role="status" aria-busy="true">
        Loading the measures of {table.title}…
      </p>
    );
  }
  const failed = results.filter((r) => r.isError);
  const areaNames = new Map<string, { name: string; type: string }>();
  for (const response of loaded)
    for (const area of response?.areas ?? []) areaNames.set(area.id, area);

  const isReference = (id: string) =>
    REFERENCE_TYPES.has(areaNames.get(id)?.type ?? 'other') && id !== lead;
  const rankings = loaded.map((response) => {
    if (!response) return null;
    return rankAreas({
      figures: table.areaIds
        .filter((id) => !isReference(id))
        .map((id) => ({
          areaId: id,
          name: areaNames.get(id)?.name ?? id,
          value: figureFor(response, id)?.value ?? null,
        })),
      leadAreaId: lead,
      polarity: response.indicator.polarity,
      groupPhrase: 'in this table',
      references: table.areaIds.filter(isReference).map((id) => ({
        label: areaNames.get(id)?.name ?? id,
        value: figureFor(response, id)?.value ?? null,
      })),
      unit: response.indicator.unit,
    });
  });
  const titles = shortTitles(
    loaded.map((response, index) => response?.indicator.title ?? table.indicatorIds[index] ?? ''),
  );

  return (
    <section className="multi-measure" aria-labelledby={`table-${table.id}`}>
      <h3 id={`table-${table.id}`}>{table.title}</h3>
      {table.periodNote ? <p className="muted">{table.periodNote}</p> : null}
      {failed.length > 0 ? (
        <p className="notice notice--error" role="alert">
          {failed.length} of the measures could not be loaded:{' '}
          {failed.map((f) => f.error.message).join('; ')}
        </p>
      ) : null}
      <ScrollRegion label={`${table.title}: every measure`}>
        <table className="data-table multi-measure__table">
          <caption className="visually-hidden">
            {table.title}: each area&rsquo;s figure and position for each measure
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              {loaded.map((response, index) => (
                <th scope="col" key={table.indicatorIds[index]} className="is-numeric">
                  {titles[index]}
                  {response ? (
                    <span className="data-table__subheader">
                      {response.indicator.polarity === 'lower-is-better'
                        ? 'lower is better'
                        : response.indicator.polarity === 'higher-is-better'
                          ? 'higher is better'
                          : 'no better or worse'}
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.areaIds.map((areaId) => (
              <tr key={areaId} className={areaId === lead ? 'is-lead' : undefined}>
                <th scope="row">
                  {areaId === lead ? (
                    <strong>{areaNames.get(areaId)?.name ?? areaId} (lead)</strong>
                  ) : (
                    (areaNames.get(areaId)?.name ?? areaId)
                  )}
                </th>
                {loaded.map((response, index) => {
                  const key = table.indicatorIds[index] ?? String(index);
                  if (!response) return <td key={key}>{NO_VALUE}</td>;
                  const figure = figureFor(response, areaId);
                  const ranking = rankings[index];
                  const position = ranking?.positions.find((p) => p.areaId === areaId);
                  return (
                    <td key={key} className="is-numeric">
                      {figure?.value == null
                        ? (figure?.printed ?? figure?.missing?.text ?? NO_VALUE)
                        : formatValue(figure.value, response.indicator.unit)}
                      {position?.position != null && ranking?.isJudged ? (
                        <span className="data-table__subheader">
                          {position.isTied ? 'joint ' : ''}
                          {ordinal(position.position)} of {ranking.ranked}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rankings.some((r) => r?.lead) ? (
        <ul className="multi-measure__sentences">
          {rankings.map((ranking, index) =>
            ranking ? (
              <li key={table.indicatorIds[index]}>
                <strong>{titles[index]}:</strong> {ranking.sentence}
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
      <details className="provenance-group">
        <summary>
          Where in the papers ({table.provenance.length}{' '}
          {table.provenance.length === 1 ? 'line' : 'lines'})
        </summary>
        {table.provenance.map((p) => (
          <ProvenanceDetails
            key={`${p.document}-${p.line}`}
            provenance={p}
            documentTitle={documentTitles.get(p.document)}
          />
        ))}
      </details>
    </section>
  );
}

/** The printed tables of several measures this indicator belongs to, if any. */
export function MultiMeasureTables({
  tables,
  lead,
  documentTitles,
}: {
  tables: readonly PrintedTable[];
  lead: string;
  documentTitles: ReadonlyMap<string, string>;
}) {
  const id = useId();
  const several = tables.filter((table) => table.indicatorIds.length > 1);
  if (several.length === 0) return null;
  return (
    <section className="compare-section" aria-labelledby={`${id}-tables`}>
      <h3 id={`${id}-tables`}>Tables of several measures</h3>
      {several.map((table) => (
        <MultiMeasureTable
          key={table.id}
          table={table}
          lead={lead}
          documentTitles={documentTitles}
        />
      ))}
    </section>
  );
}
