/**
 * What a comparison shows for the choices in the address, as pure functions: the group, the
 * period, the authorities that may lead, the chart's order and the names of its downloads.
 */
import { openingPeriod } from '@/data/api/comparison-figures';
import type { ComparisonResponse } from '@/data/api/contract';
import { USER_GROUP, type CompareSearch } from './compare-search';
import {
  defaultGroup,
  periodsWithFigures,
  REFERENCE_TYPES,
  type ComparedFigure,
  type ComparisonView,
  type GroupOption,
  type ImportedSource,
} from './comparison-model';

/** The group named in the address, else the user's own list when it has one, else the default. */
export function chosenGroup(
  options: readonly GroupOption[],
  search: Pick<CompareSearch, 'group' | 'areas'>,
  lead: string,
  response: ComparisonResponse,
): GroupOption | undefined {
  const named = options.find((option) => option.id === search.group);
  if (named) return named;
  const own =
    search.areas && search.areas.length > 0
      ? options.find((option) => option.id === USER_GROUP)
      : undefined;
  return own ?? defaultGroup(options, lead, response);
}

export interface PeriodChoice {
  /** The periods to choose from: a file's for a group built from a file, else the data's. */
  periods: string[];
  period: string | null;
}

/**
 * The period compared: the address's when it has figures, else for a group from a file the file's
 * latest, else the period most areas report among those the lead has a figure for.
 */
export function chosenPeriod(
  response: ComparisonResponse,
  requested: string | undefined,
  lead: string,
  source: ImportedSource | undefined,
): PeriodChoice {
  const periods = source ? periodsWithFigures(null, [source]) : periodsWithFigures(response);
  if (requested !== undefined && periods.includes(requested)) return { periods, period: requested };
  const period = source
    ? (periods[periods.length - 1] ?? null)
    : openingPeriod(response.series, lead);
  return { periods, period };
}

export interface NamedArea {
  id: string;
  name: string;
}

/** The authorities the data holds (never a region, England or an average): a user's group is of these. */
export function dataAuthorities(response: ComparisonResponse): NamedArea[] {
  return response.areas
    .filter((area) => !REFERENCE_TYPES.has(area.type))
    .map((area) => ({ id: area.id, name: area.name }));
}

/**
 * The authorities that can lead: the data's (never a region or England), and for a group from a
 * file the councils it holds that the data does not.
 */
export function leadCandidates(response: ComparisonResponse, view: ComparisonView): NamedArea[] {
  const fromData = dataAuthorities(response);
  const known = new Set(fromData.map((area) => area.id));
  const fromFile = view.source
    ? view.ranked
        .filter((figure) => !known.has(figure.areaId))
        .map((figure) => ({ id: figure.areaId, name: figure.name }))
    : [];
  return [...fromData, ...fromFile];
}

/** The chart draws in the table's order: best (or highest) first. */
export function orderForChart(view: ComparisonView): ComparedFigure[] {
  const order = new Map(view.ranking.positions.map((p, index) => [p.areaId, index]));
  return [...view.ranked].sort((a, b) => (order.get(a.areaId) ?? 0) - (order.get(b.areaId) ?? 0));
}

/** The parts of a download's file name: ragstone, lead, indicator, group and period. */
export function downloadNameParts(
  lead: string,
  indicatorId: string,
  view: Pick<ComparisonView, 'group' | 'period'>,
): string[] {
  return ['ragstone', lead, indicatorId, view.group.id, ...(view.period ? [view.period] : [])];
}
