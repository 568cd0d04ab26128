/**
 * The comparison the address asks for: its lead, group and period, that period's figures (the
 * response carries the opening period's; another period's are fetched alone) and the view built
 * from them, recomputed only when one of those changes.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ComparisonFiguresResponse, ComparisonResponse } from '@/data/api/contract';
import { comparisonFiguresQuery } from '@/data/api/queries';
import type { CompareSearch } from './compare-search';
import { chosenGroup, chosenPeriod } from './comparison-choice';
import { groupOptions, type ComparisonView } from './comparison-model';
import { buildComparisonView } from './comparison-view';
import { toImportedSource, useImportedSets } from './imported-store';

export function useComparison(data: ComparisonResponse, search: CompareSearch, authority: string) {
  const imports = useImportedSets(data.indicator.id);
  const imported = useMemo(() => imports.map(toImportedSource), [imports]);
  const lead = search.area ?? authority;
  const options = useMemo(
    () => groupOptions(data, search.areas, imported),
    [data, search.areas, imported],
  );
  const group = chosenGroup(options, search, lead, data);
  const source = group?.sourceId ? imported.find((s) => s.id === group.sourceId) : undefined;
  const { periods, period } = useMemo(
    () => chosenPeriod(data, search.period, lead, source),
    [data, search.period, lead, source],
  );

  // A group from a file brings its own figures; the data's come with the response for its
  // opening period and are fetched for any other, the last ones shown meanwhile.
  const needsFigures = !source && period !== null && period !== data.figures.period;
  const fetched = useQuery({
    ...comparisonFiguresQuery(data.indicator.id, period ?? ''),
    enabled: needsFigures,
    // Only while another period's figures load: otherwise nothing reads them, and Query would
    // compare the last indicator's figures with these, value by value, on every choice.
    placeholderData: needsFigures
      ? (previous: ComparisonFiguresResponse | undefined) => previous ?? data.figures
      : undefined,
  });
  const figures = needsFigures ? fetched.data : data.figures;
  const shownPeriod = source ? period : (figures?.period ?? period);

  const view: ComparisonView | null = useMemo(
    () =>
      group && figures
        ? buildComparisonView({
            response: data,
            figures: figures.observations,
            lead,
            group,
            period: shownPeriod,
            imported,
            ownAuthority: authority,
          })
        : null,
    [data, figures, lead, group, shownPeriod, imported, authority],
  );
  return {
    imports,
    imported,
    lead,
    options,
    group,
    periods,
    period,
    view,
    /** True while another period's figures are on their way (the last ones are shown). */
    isUpdating: needsFigures && fetched.isPlaceholderData,
    figuresError: needsFigures && fetched.isError ? fetched : null,
  };
}
