import { useNavigate } from '@/ui/navigation';
import { memo, useCallback, useDeferredValue, useId, useMemo } from 'react';
import type { ComparisonResponse } from '@/data/api/contract';
import { USER_GROUP, type CompareSearch } from './compare-search';
import { ComparisonAbout } from './comparison-about';
import { dataAuthorities, leadCandidates } from './comparison-choice';
import { ComparisonControls } from './comparison-controls';
import { ComparisonFigures } from './comparison-figures';
import { ComparisonPosition } from './comparison-position';
import { groupChoices, groupChoiceSections } from './group-choice';
import { BenchmarkImportPanel } from './import/import-panel';
import { codeText } from './indicator-picker';
import { MultiMeasureTables, useTableMeasures } from './multi-measure-table';
import { OverTime } from './over-time';
import { useComparison } from './use-comparison';
import { useServerImports } from './server-imports';
import '@/ui/committee-actions.css';

interface ComparisonContentProps {
  data: ComparisonResponse;
  search: CompareSearch;
  authority: string;
  documentTitles: ReadonlyMap<string, string>;
}

/**
 * One indicator's comparison: the choices, the position in words, chart, table and context. The
 * next indicator is drawn into the same elements (ADR 0097); memoised, so the last comparison
 * shown while the next loads is not drawn again.
 */
export const ComparisonContent = memo(function ComparisonContent({
  data,
  search,
  authority,
  documentTitles,
}: ComparisonContentProps) {
  const id = useId();
  const navigate = useNavigate();
  const comparison = useComparison(data, search, authority);
  const { lead, group, view, imported } = comparison;
  const { indicator } = data;
  const serverImports = useServerImports();
  useTableMeasures(data);
  // What lies below the figures (over time, several-measure tables, about) is drawn in a second,
  // interruptible render once the figures are on screen, so no single task draws the whole page.
  const isFirstRender = useDeferredValue(false, true);
  const update = useCallback(
    (patch: Partial<CompareSearch>) => {
      navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    },
    [navigate],
  );
  const chooseAreas = useCallback(
    (areas: string[]) => {
      update({ areas, group: USER_GROUP });
    },
    [update],
  );
  const authorities = useMemo(() => dataAuthorities(data), [data]);
  // Kept with the view, so the over-time model (a pass over every area's series) is built once a view.
  const members = useMemo(() => view?.ranked.map((f) => f.areaId) ?? [], [view]);
  const references = useMemo(() => view?.references.map((r) => r.areaId) ?? [], [view]);
  const sections = useMemo(
    () => groupChoiceSections(groupChoices(comparison.options, data, lead, imported)),
    [comparison.options, data, lead, imported],
  );

  if (!group) return <p className="empty-state">There is no group to compare within.</p>;
  if (!view)
    return (
      <p role="alert" className="notice notice--error">
        The figures for this period could not be loaded. Choose another period or try again later.
      </p>
    );
  const sentenceId = `${id}-position`;

  return (
    <article aria-labelledby={`${id}-title`}>
      <p className="compare-codes">{codeText(indicator)}</p>
      <h2 id={`${id}-title`} className="compare-title">
        {indicator.title}
      </h2>
      <ComparisonControls
        lead={lead}
        authorities={leadCandidates(data, view)}
        group={group}
        sections={sections}
        period={comparison.period}
        periods={comparison.periods}
        onChange={update}
      />
      <ComparisonPosition
        id={sentenceId}
        view={view}
        fileNames={comparison.imports.map((s) => s.fileName)}
      />
      <ComparisonFigures
        headingId={`${id}-chart-heading`}
        sentenceId={sentenceId}
        view={view}
        lead={lead}
        indicator={indicator}
        documentTitles={documentTitles}
        authorities={authorities}
        chosenAreas={search.areas}
        isUpdating={comparison.isUpdating}
        onChooseAreas={chooseAreas}
      />
      {isFirstRender ? null : (
        <>
          {comparison.periods.length > 1 && !view.source ? (
            <OverTime
              data={data}
              lead={lead}
              members={members}
              references={references}
              unit={indicator.unit}
              groupName={view.group.name}
              documentTitles={documentTitles}
            />
          ) : null}
          <MultiMeasureTables tables={data.tables} lead={lead} documentTitles={documentTitles} />
          <ComparisonAbout data={data} view={view} documentTitles={documentTitles} />
          <BenchmarkImportPanel
            // A file being read is for one indicator: the next starts with an empty panel.
            key={indicator.id}
            indicatorId={indicator.id}
            indicatorTitle={indicator.title}
            areas={data.areas}
            serverImports={serverImports}
          />
        </>
      )}
    </article>
  );
});
