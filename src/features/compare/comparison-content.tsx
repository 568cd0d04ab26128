import { useNavigate } from '@/ui/navigation';
import { lazy, Suspense, useId } from 'react';
import type { ComparisonResponse } from '@/data/api/contract';
import { csvFileName } from '@/lib/csv';
import { sourceLine } from '@/ui/chart/source-line';
import { TableDownloads } from '@/ui/table-downloads';
import { USER_GROUP, type CompareSearch } from './compare-search';
import { ComparisonAbout } from './comparison-about';
import { ComparisonChart } from './comparison-chart';
import { ComparisonControls } from './comparison-controls';
import { comparisonExport } from './comparison-export';
import {
  defaultGroup,
  defaultPeriod,
  groupOptions,
  periodsWithFigures,
  REFERENCE_TYPES,
  type ComparisonView,
} from './comparison-model';
import { ComparisonTable } from './comparison-table';
import { groupChoices, groupChoiceSections } from './group-choice';
import { buildComparisonView } from './comparison-view';
import { chartHeading, importNote, mixedYearsNote, tableCaption } from './comparison-wording';
import { toImportedSource, useImportedSets } from './imported-store';
import { codeText } from './indicator-picker';
import { MultiMeasureTable } from './multi-measure-table';
import { OverTime } from './over-time';
import { UserGroupForm } from './user-group-form';
import '@/ui/scroll-region.css';
import '@/ui/committee-actions.css';

/**
 * The import panel sits at the foot of the page and brings the file readers (papaparse, the layout
 * recogniser): loaded once the comparison is on screen, never before it.
 */
const BenchmarkImportPanel = lazy(() =>
  import('./import/import-panel').then((module) => ({ default: module.BenchmarkImportPanel })),
);

interface ComparisonContentProps {
  data: ComparisonResponse;
  search: CompareSearch;
  authority: string;
  documentTitles: ReadonlyMap<string, string>;
}

/** One indicator's comparison: the choices, the position in words, chart, table and context. */
export function ComparisonContent({
  data,
  search,
  authority,
  documentTitles,
}: ComparisonContentProps) {
  const id = useId();
  const navigate = useNavigate();
  const imports = useImportedSets(data.indicator.id);
  const imported = imports.map(toImportedSource);
  const { indicator } = data;
  const lead = search.area ?? authority;
  const options = groupOptions(data, search.areas, imported);
  const group =
    options.find((o) => o.id === search.group) ??
    (search.areas && search.areas.length > 0
      ? options.find((o) => o.id === USER_GROUP)
      : undefined) ??
    defaultGroup(options, lead, data);
  const source = group?.sourceId ? imported.find((s) => s.id === group.sourceId) : undefined;
  // A group from a file is compared on the file's periods; a group from the data on the data's.
  const periods = source ? periodsWithFigures(null, [source]) : periodsWithFigures(data);
  const period =
    search.period && periods.includes(search.period)
      ? search.period
      : source
        ? (periods[periods.length - 1] ?? null)
        : defaultPeriod(data, lead, periods);
  const view = group
    ? buildComparisonView({
        response: data,
        lead,
        group,
        period,
        imported,
        ownAuthority: authority,
      })
    : null;
  const sentenceId = `${id}-position`;

  if (!group || !view) return <p className="empty-state">There is no group to compare within.</p>;

  const datasetAuthorities = data.areas.filter((area) => !REFERENCE_TYPES.has(area.type));
  // A group from a file may hold councils the data does not: they can be the lead too.
  const fromFile = view.source
    ? view.ranked
        .filter((f) => !datasetAuthorities.some((a) => a.id === f.areaId))
        .map((f) => ({ id: f.areaId, name: f.name }))
    : [];
  const authorities = [...datasetAuthorities, ...fromFile];
  const update = (patch: Partial<CompareSearch>) => {
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  };
  const mixed = mixedYearsNote(view);
  const note = importNote(
    view,
    imports.map((s) => s.fileName),
  );

  return (
    <article aria-labelledby={`${id}-title`}>
      <p className="compare-codes">{codeText(indicator)}</p>
      <h2 id={`${id}-title`} className="compare-title">
        {indicator.title}
      </h2>
      <ComparisonControls
        lead={lead}
        authorities={authorities}
        group={group}
        sections={groupChoiceSections(groupChoices(options, data, lead, imported))}
        period={period}
        periods={periods}
        onChange={update}
      />
      <p id={sentenceId} className="position-sentence">
        {view.ranking.sentence}
      </p>
      {mixed ? <p className="notice notice--warning">{mixed}</p> : null}
      {note ? <p className="notice notice--info">{note}</p> : null}

      <section aria-labelledby={`${id}-chart-heading`} className="compare-section">
        <h3 id={`${id}-chart-heading`}>{chartHeading(view)}</h3>
        {view.ranking.ranked > 0 ? (
          <ComparisonChart
            figures={orderForChart(view)}
            references={view.references}
            unit={view.unit}
            summaryId={sentenceId}
            period={period}
            download={{
              title: indicator.title,
              period: chartHeading(view),
              source: sourceLine(
                [...view.ranked, ...view.references].map((f) => f.provenance?.document),
                documentTitles,
              ),
              fileName: csvFileName([
                'ragstone',
                lead,
                indicator.id,
                group.id,
                period ?? undefined,
              ]).replace(/\.csv$/, ''),
            }}
          />
        ) : (
          <p className="empty-state">No area in this group has a figure for this period.</p>
        )}
        <div
          className="scroll-region"
          role="region"
          aria-label="The figures as a table"
          tabIndex={0}
        >
          <ComparisonTable
            view={view}
            unit={view.unit}
            caption={tableCaption(view, indicator.title)}
            documentTitles={documentTitles}
          />
        </div>
        <div className="committee-actions">
          <TableDownloads
            what="this comparison"
            fileNameParts={['ragstone', lead, indicator.id, group.id, period ?? undefined]}
            table={() => comparisonExport(view, indicator, documentTitles)}
          />
        </div>
        <UserGroupForm
          key={(search.areas ?? []).join(',')}
          areas={datasetAuthorities}
          chosen={search.areas ?? view.group.members}
          onApply={(areas) => {
            update({ areas, group: USER_GROUP });
          }}
        />
      </section>

      {periods.length > 1 && !view.source ? (
        <OverTime
          data={data}
          lead={lead}
          members={view.ranked.map((f) => f.areaId)}
          references={view.references.map((r) => r.areaId)}
          unit={indicator.unit}
          groupName={view.group.name}
          documentTitles={documentTitles}
        />
      ) : null}

      {data.tables.some((t) => t.indicatorIds.length > 1) ? (
        <section className="compare-section" aria-labelledby={`${id}-tables`}>
          <h3 id={`${id}-tables`}>Tables of several measures</h3>
          {data.tables
            .filter((t) => t.indicatorIds.length > 1)
            .map((table) => (
              <MultiMeasureTable
                key={table.id}
                table={table}
                lead={lead}
                documentTitles={documentTitles}
              />
            ))}
        </section>
      ) : null}

      <ComparisonAbout data={data} view={view} documentTitles={documentTitles} />
      <Suspense fallback={null}>
        <BenchmarkImportPanel
          indicatorId={indicator.id}
          indicatorTitle={indicator.title}
          areas={data.areas}
        />
      </Suspense>
    </article>
  );
}

/** The chart draws bars in the table's order: best (or highest) first. */
function orderForChart(view: ComparisonView) {
  const order = new Map(view.ranking.positions.map((p, index) => [p.areaId, index]));
  return [...view.ranked].sort((a, b) => (order.get(a.areaId) ?? 0) - (order.get(b.areaId) ?? 0));
}
