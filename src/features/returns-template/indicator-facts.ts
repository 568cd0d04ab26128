import type { IndicatorRow } from '@/data/api/contract';
import type { IndicatorFacts } from './read-template';

/** What the reader knows of each indicator: its unit, frequency and the periods of its figures. */
export function factsOf(rows: readonly IndicatorRow[]): IndicatorFacts[] {
  return rows.map((row) => ({
    id: row.indicator.id,
    title: row.indicator.title,
    unitType: row.indicator.unit.type,
    frequency: row.indicator.frequency,
    periods: [
      ...row.trend.map((point) => point.period),
      ...[row.latest, row.target, row.floor].flatMap((figure) => (figure ? [figure.period] : [])),
    ],
  }));
}
