/** The compare endpoints: which indicators have figures for several areas, and one comparison. */
import { assembleComparison, figuresForPeriod } from '@/data/api/comparison-figures';
import type {
  ComparableIndicatorsResponse,
  ComparisonFiguresResponse,
  ComparisonResponse,
} from '@/data/api/contract';
import type { Dataset } from '@/data/contract/assemble-dataset';
import type { Area, Indicator } from '@/data/contract/dataset-schema';
import { periodsOf, type FigureIndex } from './figure-index';

export function comparableIndicators(
  dataset: Dataset,
  figures: FigureIndex,
): ComparableIndicatorsResponse {
  const items: ComparableIndicatorsResponse['items'] = [];
  for (const indicator of dataset.indicators) {
    const observations = figures.byIndicator(indicator.id);
    const areaIds = new Set(observations.map((o) => o.area));
    if (areaIds.size < 2) continue;
    items.push({
      id: indicator.id,
      title: indicator.title,
      codes: indicator.codes,
      areaCount: areaIds.size,
      periods: periodsOf(observations),
    });
  }
  return { items };
}

export function comparisonOf(
  dataset: Dataset,
  figures: FigureIndex,
  areas: ReadonlyMap<string, Area>,
  indicator: Indicator,
): ComparisonResponse {
  const observations = figures.byIndicator(indicator.id);
  const areaIds = new Set(observations.map((o) => o.area));
  const groups = dataset.groups.filter(
    (group) =>
      group.members.some((member) => areaIds.has(member)) ||
      (group.leadArea !== undefined && areaIds.has(group.leadArea)),
  );
  // Every area a returned group names, figures or not: otherwise the client can only guess a
  // figureless member's name from its id.
  const shown = new Set(areaIds);
  for (const group of groups) {
    if (group.leadArea !== undefined) shown.add(group.leadArea);
    for (const member of group.members) shown.add(member);
  }
  return assembleComparison(
    {
      indicator,
      areas: [...shown].flatMap((id) => areas.get(id) ?? []),
      groups,
      tables: dataset.comparisonTables.filter((table) => table.indicatorIds.includes(indicator.id)),
    },
    observations,
    dataset.manifest.authority.id,
  );
}

/** One period's figures for a comparison. */
export function figuresOf(
  figures: FigureIndex,
  indicator: Indicator,
  period: string,
): ComparisonFiguresResponse {
  return {
    indicatorId: indicator.id,
    period,
    observations: figuresForPeriod(figures.byIndicator(indicator.id), period),
  };
}
