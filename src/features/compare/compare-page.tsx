import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import type { ComparisonResponse } from '@/data/api/contract';
import { comparableIndicatorsQuery, comparisonQuery, manifestQuery } from '@/data/api/queries';
import { describePolarity } from '@/domain/polarity';
import { formatValue } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { csvFileName } from '@/lib/csv';
import { downloadText } from '@/ui/download-file';
import { QueryState, SkeletonLines, SkeletonTable } from '@/ui/query-state';
import { ProvenanceDetails } from '@/ui/provenance-details';
import { USER_GROUP, type CompareSearch } from './compare-search';
import { ComparisonChart, referenceDash } from './comparison-chart';
import {
  buildComparisonView,
  defaultGroup,
  defaultPeriod,
  groupOptions,
  periodsWithFigures,
  REFERENCE_TYPES,
} from './comparison-model';
import { comparisonCsv } from './comparison-csv';
import { ComparisonTable } from './comparison-table';
import { LeadPattern } from './lead-pattern';
import { CsvImportPanel } from './csv-import-panel';
import { useImportedSets } from './imported-store';
import { codeText, IndicatorPicker } from './indicator-picker';
import { MultiMeasureTable } from './multi-measure-table';
import { OverTime } from './over-time';
import { groupChoices, tooFewToRank } from './group-choice';
import { UserGroupForm } from './user-group-form';
import './compare.css';

const route = getRouteApi('/compare');

export function ComparePage() {
  const search = route.useSearch();
  const manifest = useQuery(manifestQuery());
  const list = useQuery(comparableIndicatorsQuery());
  const isSynthetic = manifest.data?.manifest.synthetic ?? false;
  const chosen = search.indicator;

  return (
    <div className="compare-page">
      <div className="page-header">
        <h1>Compare authorities{isSynthetic ? ' (synthetic data)' : ''}</h1>
        <p className="page-header__lead">
          How an authority&rsquo;s figure sits among similar councils, its region and England, with
          the group, the period and the source of every figure.
        </p>
      </div>
      <div className={`compare-layout${search.indicator ? ' compare-layout--chosen' : ''}`}>
        <aside className="compare-layout__picker" aria-label="Choose an indicator">
          <QueryState
            query={list}
            what="the list of comparable indicators"
            skeleton={<SkeletonLines lines={8} />}
          >
            {(data) =>
              data.items.length === 0 ? (
                <p className="empty-state">
                  The data holds no indicator with figures for more than one area.
                </p>
              ) : (
                <IndicatorPicker
                  items={data.items}
                  selected={search.indicator}
                  query={search.q ?? ''}
                />
              )
            }
          </QueryState>
        </aside>
        <div className="compare-layout__main">
          {chosen ? (
            // The lead is the dataset's own authority unless the address names another.
            <QueryState
              query={manifest}
              what="the dataset manifest"
              skeleton={<SkeletonLines lines={3} />}
            >
              {({ manifest: { authority, sources } }) => (
                <ComparisonSection
                  indicatorId={chosen}
                  search={search}
                  authority={authority.id}
                  documentTitles={new Map(sources.map((s) => [s.document, s.title]))}
                />
              )}
            </QueryState>
          ) : (
            <p className="empty-state">Choose an indicator to see how the authorities compare.</p>
          )}
        </div>
      </div>
    </div>
  );
}

interface ComparisonSectionProps {
  indicatorId: string;
  search: CompareSearch;
  authority: string;
  documentTitles: ReadonlyMap<string, string>;
}

function ComparisonSection({
  indicatorId,
  search,
  authority,
  documentTitles,
}: ComparisonSectionProps) {
  const comparison = useQuery(comparisonQuery(indicatorId));
  return (
    <QueryState
      query={comparison}
      what={`the comparison for ${indicatorId}`}
      skeleton={
        <>
          <SkeletonLines lines={3} />
          <SkeletonTable rows={10} />
        </>
      }
    >
      {(data) => (
        <ComparisonContent
          data={data}
          search={search}
          authority={authority}
          documentTitles={documentTitles}
        />
      )}
    </QueryState>
  );
}

function ComparisonContent({
  data,
  search,
  authority,
  documentTitles,
}: {
  data: ComparisonResponse;
  search: CompareSearch;
  authority: string;
  documentTitles: ReadonlyMap<string, string>;
}) {
  const id = useId();
  const navigate = route.useNavigate();
  const imports = useImportedSets(data.indicator.id);
  const imported = imports.map((s) => ({ fileName: s.fileName, figures: s.figures }));
  const { indicator } = data;
  const lead = search.area ?? authority;
  const options = groupOptions(data, search.areas);
  const group =
    options.find((o) => o.id === search.group) ??
    (search.areas && search.areas.length > 0
      ? options.find((o) => o.id === USER_GROUP)
      : undefined) ??
    defaultGroup(options, lead, data);
  const periods = periodsWithFigures(data, imported);
  const period =
    search.period && periods.includes(search.period)
      ? search.period
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
  const authorities = data.areas.filter((area) => !REFERENCE_TYPES.has(area.type));
  const sentenceId = `${id}-position`;
  // Groups holding figures for this indicator first; a group with too few says so.
  const choices = groupChoices(options, data);
  const groupNote = tooFewToRank(choices.find((choice) => choice.option.id === group?.id));

  if (!group || !view) return <p className="empty-state">There is no group to compare within.</p>;

  const update = (patch: Partial<CompareSearch>) => {
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  };

  return (
    <article aria-labelledby={`${id}-title`}>
      <p className="compare-codes">{codeText(indicator)}</p>
      <h2 id={`${id}-title`} className="compare-title">
        {indicator.title}
      </h2>

      <form
        className="compare-controls"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-area`}>Authority</label>
          <select
            id={`${id}-area`}
            value={lead}
            onChange={(event) => {
              update({ area: event.target.value });
            }}
          >
            {authorities.some((a) => a.id === lead) ? null : <option value={lead}>{lead}</option>}
            {authorities.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>Compare with</label>
          <select
            id={`${id}-group`}
            value={group.id}
            aria-describedby={groupNote ? `${id}-group-note` : undefined}
            onChange={(event) => {
              update({ group: event.target.value });
            }}
          >
            {choices.map((choice) => (
              <option key={choice.option.id} value={choice.option.id}>
                {choice.label}
              </option>
            ))}
          </select>
          {groupNote ? (
            <p className="field__hint" id={`${id}-group-note`}>
              {groupNote}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>Period</label>
          <select
            id={`${id}-period`}
            value={period ?? ''}
            onChange={(event) => {
              update({ period: event.target.value });
            }}
          >
            {periods.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <p id={sentenceId} className="position-sentence">
        {view.ranking.sentence}
      </p>
      {view.periods.length > 1 ? (
        <p className="notice notice--warning">
          <strong>Figures from different years:</strong> {view.periods.map(formatPeriod).join(', ')}
          . Where an area has no figure for {period ? formatPeriod(period) : 'the chosen period'},
          its latest earlier figure is shown; compare with care.
        </p>
      ) : null}
      {imported.length > 0 ? (
        <p className="notice notice--info">
          Includes figures imported in this browser ({imports.map((s) => s.fileName).join(', ')});
          they are marked in the chart and table and never replace a figure from the papers.
        </p>
      ) : null}

      <section aria-labelledby={`${id}-chart-heading`} className="compare-section">
        <h3 id={`${id}-chart-heading`}>
          {view.group.name}, {period ? formatPeriod(period) : 'all periods'}
        </h3>
        {view.ranking.ranked > 0 ? (
          <ComparisonChart
            figures={orderForChart(view)}
            references={view.references}
            unit={indicator.unit}
            summaryId={sentenceId}
          />
        ) : (
          <p className="empty-state">No area in this group has a figure for this period.</p>
        )}
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
              {reference.name}: {formatValue(reference.value, indicator.unit)}
              {reference.period && reference.period !== period
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
        <div
          className="scroll-region"
          role="region"
          aria-label="The figures as a table"
          tabIndex={0}
        >
          <ComparisonTable
            view={view}
            unit={indicator.unit}
            caption={`${indicator.title}: ${view.group.name}, ${period ? formatPeriod(period) : 'all periods'} (${describePolarity(indicator.polarity)})`}
            documentTitles={documentTitles}
          />
        </div>
        <p className="committee-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              downloadText(
                csvFileName(['ragstone', lead, indicator.id, group.id, period ?? undefined]),
                comparisonCsv(view, documentTitles),
              );
            }}
          >
            Download this comparison (CSV)
          </button>
        </p>
        <UserGroupForm
          key={(search.areas ?? []).join(',')}
          areas={authorities}
          chosen={search.areas ?? view.group.members}
          onApply={(areas) => {
            update({ areas, group: USER_GROUP });
          }}
        />
      </section>

      {periods.length > 1 ? (
        <OverTime
          data={data}
          lead={lead}
          members={view.ranked.map((f) => f.areaId)}
          references={view.references.map((r) => r.areaId)}
          unit={indicator.unit}
        />
      ) : null}

      {data.tables.filter((t) => t.indicatorIds.length > 1).length > 0 ? (
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

      <section className="compare-section compare-context" aria-labelledby={`${id}-context`}>
        <h3 id={`${id}-context`}>About this comparison</h3>
        <dl className="definition-list">
          <dt>Measure</dt>
          <dd>
            {indicator.description ?? indicator.title}{' '}
            <Link to="/indicators/$indicatorId" params={{ indicatorId: indicator.id }}>
              Open the indicator page
            </Link>
          </dd>
          <dt>Polarity</dt>
          <dd>{describePolarity(indicator.polarity)}</dd>
          <dt>Period</dt>
          <dd>
            {period ? formatPeriod(period) : 'Not stated'}
            {view.periods.length > 1
              ? ` (figures from ${view.periods.map(formatPeriod).join(', ')})`
              : ''}
          </dd>
          <dt>Group</dt>
          <dd>
            {view.group.name} ({view.group.members.length} members)
            {view.group.provenance.length > 0 ? (
              <details className="provenance-group">
                <summary>
                  Where the papers name the group ({view.group.provenance.length}{' '}
                  {view.group.provenance.length === 1 ? 'line' : 'lines'})
                </summary>
                {view.group.provenance.map((p) => (
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
            Each figure&rsquo;s source (document, line and the row as printed) is in the
            table&rsquo;s Source column.
          </dd>
        </dl>
      </section>

      <CsvImportPanel
        indicatorId={indicator.id}
        indicatorTitle={indicator.title}
        areas={data.areas}
      />
    </article>
  );
}

/** The chart draws bars in the table's order: best (or highest) first. */
function orderForChart(view: ReturnType<typeof buildComparisonView>) {
  const order = new Map(view.ranking.positions.map((p, index) => [p.areaId, index]));
  return [...view.ranked].sort((a, b) => (order.get(a.areaId) ?? 0) - (order.get(b.areaId) ?? 0));
}
