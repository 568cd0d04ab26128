/**
 * A comparison as the API answers it, built from a few figures, for the compare screen's tests
 * (not shipped: tests only). Each test names only what it is about: the indicator's title,
 * polarity and unit, the areas, groups and figures.
 */
import { assembleComparison } from '@/data/api/comparison-figures';
import type { ComparisonResponse } from '@/data/api/contract';
import type { Area, ComparatorGroup, Indicator, Observation } from '@/data/contract/dataset-schema';

/** An area's actual figure for a period; a missing one says "N/A" as the papers print it. */
export const actualFigure =
  (indicatorId: string) =>
  (
    area: string,
    period: string,
    value: number | null,
    extra: Partial<Observation> = {},
  ): Observation => ({
    indicatorId,
    area,
    period,
    basis: 'period',
    measure: 'actual',
    value,
    ...(value === null ? { missing: { reason: 'not-available', text: 'N/A' } } : {}),
    ...extra,
  });

export const county = (id: string, name: string): Area => ({ id, name, type: 'county' });
export const england: Area = { id: 'england', name: 'England', type: 'country' };

/** A context indicator (compared, never rated) with nothing but what a comparison shows. */
export function contextIndicator(
  id: string,
  title: string,
  polarity: Indicator['polarity'],
  unit: Indicator['unit'],
): Indicator {
  return {
    id,
    title,
    codes: [],
    kind: 'context',
    polarity,
    unit,
    frequency: 'annual',
    rule: { type: 'not-rated', reason: 'context' },
    owners: [],
    provenance: [],
  };
}

export function comparisonFixture(fixture: {
  indicator: Indicator;
  areas: Area[];
  groups?: ComparatorGroup[];
  observations: Observation[];
  lead?: string;
}): ComparisonResponse {
  return assembleComparison(
    {
      indicator: fixture.indicator,
      areas: fixture.areas,
      groups: fixture.groups ?? [],
      tables: [],
    },
    fixture.observations,
    fixture.lead ?? 'kent',
  );
}
