/**
 * The June 2012 dashboard's rules as pure functions: which figures a row of each table prints
 * (and which column holds each one's published RAG), the row's polarity, and the wording of its
 * description and of the notes where the paper contradicts itself or its RAG cannot be reproduced.
 */
import type { Observation, Polarity } from '../../../src/data/contract/dataset-schema';
import type { DashboardColumn } from './dashboard-2012.corrections';
import type { RowSpec, TableKind } from './dashboard-2012.rows';
import type { FigureTarget } from './paper-figures';

export const MAY = '2012-05';
export const APRIL = '2012-04';
export const YEAR = '2012/13';
export const PREVIOUS = '2011/12';

/** One figure a row prints: its column, what it is, where its published RAG is, and its note. */
export interface PlannedFigure {
  column: DashboardColumn;
  target: FigureTarget;
  ragColumn?: DashboardColumn;
  note?: string;
}

const ROLLING_YTD_NOTE =
  'rolling 12 month indicator: the year-to-date column repeats the rolling 12 month figure';

/** The figures a row of this table prints, in the order they are filed. */
export function plannedFigures(kind: TableKind, spec: RowSpec): PlannedFigure[] {
  const indicatorId = spec.id;
  const monthBasis = spec.basis ?? 'period';
  const planned: PlannedFigure[] = [];
  if (kind === 'monthly') {
    planned.push({
      column: 'month',
      target: { indicatorId, period: MAY, measure: 'actual', basis: monthBasis },
      ragColumn: 'monthRag',
    });
    // A rolling 12-month row repeats its figure under 'Year to date': it is the same
    // rolling figure (and kind), not a total since April.
    const ytdBasis = monthBasis === 'rolling-12' ? 'rolling-12' : 'ytd';
    planned.push({
      column: 'ytd',
      target: { indicatorId, period: MAY, measure: 'actual', basis: ytdBasis },
      ragColumn: 'ytdRag',
      ...(spec.basis === 'rolling-12' ? { note: ROLLING_YTD_NOTE } : {}),
    });
  }
  if (kind === 'annual') {
    planned.push({
      column: 'forecast',
      target: { indicatorId, period: YEAR, measure: 'forecast' },
      ragColumn: 'forecastRag',
    });
  }
  if (kind === 'activity') {
    planned.push(
      {
        column: 'april',
        target: { indicatorId, period: APRIL, measure: 'actual', basis: monthBasis },
      },
      { column: 'may', target: { indicatorId, period: MAY, measure: 'actual', basis: monthBasis } },
      {
        column: 'ytd',
        target: { indicatorId, period: MAY, measure: 'actual', basis: 'ytd' },
        ...(spec.basis === 'rolling-12' ? { note: ROLLING_YTD_NOTE } : {}),
      },
      { column: 'forecast', target: { indicatorId, period: YEAR, measure: 'forecast' } },
      { column: 'expected', target: { indicatorId, period: YEAR, measure: 'expected' } },
    );
  } else {
    planned.push(
      { column: 'target', target: { indicatorId, period: YEAR, measure: 'target' } },
      { column: 'floor', target: { indicatorId, period: YEAR, measure: 'floor' } },
    );
  }
  // A running total ('cumulative last 4 years') is one in the previous-year column too.
  planned.push({
    column: 'previous',
    target: {
      indicatorId,
      period: PREVIOUS,
      measure: 'actual',
      ...(spec.basis === 'cumulative' ? { basis: 'cumulative' as const } : {}),
    },
  });
  return planned;
}

export interface RowPolarity {
  polarity: Polarity;
  reason: string;
}

/** Activity is never rated; otherwise the printed target and floor decide, then the wording. */
export function rowPolarity(
  kind: TableKind,
  fromFloor: RowPolarity | null,
  wording: RowPolarity | undefined,
): RowPolarity {
  if (kind === 'activity') {
    return {
      polarity: 'no-judgement',
      reason: 'Activity indicator: it measures demand and is not rated.',
    };
  }
  return (
    fromFloor ??
    wording ?? {
      polarity: 'unknown',
      reason: 'No numeric target and floor, and the wording does not settle it.',
    }
  );
}

export function describe(kind: TableKind, title: string): string {
  const table =
    kind === 'monthly'
      ? 'Monthly and quarterly performance indicator'
      : kind === 'annual'
        ? 'Annual performance indicator (forecast rated against the year-end target)'
        : 'Activity indicator (compared with the expected level, not rated)';
  return `${table} on the Customer & Communities Performance Dashboard, June 2012: ${title}.`;
}

/** Why a published RAG could not be reproduced from the printed year-end target and floor. */
export function mismatchReason(
  column: 'month' | 'ytd' | 'forecast',
  observation: Pick<Observation, 'publishedRag' | 'value' | 'printed'>,
  ours: string | null,
  target: string | undefined,
  floor: string | undefined,
  spec: Pick<RowSpec, 'unit' | 'basis' | 'profile'>,
): string {
  const label = column === 'month' ? 'month' : column === 'ytd' ? 'year-to-date' : 'forecast';
  const published = observation.publishedRag?.toUpperCase() ?? '';
  if (observation.value === null) {
    return `The published ${label} ${published} cannot be checked: the figure "${observation.printed}" cannot be read.`;
  }
  const phased =
    spec.unit.type === 'count' || spec.basis === 'cumulative'
      ? 'the figure counts part of the year against a year-end target, and the phased (profiled) target it was rated against is not printed'
      : 'a phased (profiled) target, not printed, was presumably used';
  const profile =
    spec.profile?.source === 'assumed'
      ? ` Ragstone's status assumes a ${spec.profile.shape === 'flat' ? 'flat profile' : 'straight line from last year'} instead, and says so.`
      : '';
  return `The published ${label} ${published} for ${observation.printed} cannot be reproduced from the year-end target ${target} and floor ${floor} (they give ${ours?.toUpperCase() ?? 'no rating'}): ${phased}.${profile}`;
}

type Printed = Pick<Observation, 'value' | 'printed'> | undefined;

/** April + May should make the year to date; where they don't, say so rather than choose. */
export function yearToDateContradiction(april: Printed, may: Printed, ytd: Printed): string | null {
  if (april?.value == null || may?.value == null || ytd?.value == null) return null;
  const sum = april.value + may.value;
  if (Math.abs(sum - ytd.value) < 0.5) return null;
  return `April (${april.printed}) and May (${may.printed}) add up to ${sum.toLocaleString('en-GB')}, but the year to date is printed as ${ytd.printed}. All three are kept as printed.`;
}
