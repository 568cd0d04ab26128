/**
 * What the authority overview draws of the indicator lists (ADR 0098), as ADR 0096 did for a
 * folded list. The overview shows when the figures are from, the first few indicators needing
 * attention and the first few status changes since the period before; it read three whole lists
 * for that (the current structure's, and its lists as at the latest and the previous period), and
 * a page drawn ahead of time carried all three in its data (372 KB of a 412 KB page) to be parsed
 * and hydrated on every load. These queries ask the API for the lists directly, not through the
 * cache, and keep only what the overview draws, so the drawn page carries that alone and the
 * browser has nothing left to fetch after hydrating.
 */
import { queryOptions } from '@tanstack/react-query';
import type { IndicatorRow } from '@/data/api/contract';
import { withApiClient } from '@/data/api/client';
import type { RejectedRow } from '@/data/api/lenient-rows';
import { listDigestQuery, queryKeys } from '@/data/api/queries';
import type { Structure } from '@/data/contract/dataset-schema';
import { headlineStatus } from '@/domain/aggregate';
import type { ProfileChoice } from '@/domain/profile';
import type { RagStatus } from '@/domain/types';
import { anyRowAssumed } from '@/ui/assumed-profiles';
import { figurePeriodsOf } from '@/ui/as-at-periods';
import { latestPeriodOf, ownerNamesOf } from '@/ui/table-figures';
import {
  countChanges,
  needsAttention,
  statusChanges,
  type ChangeCounts,
  type StatusChange,
} from './home-words';

/** How many indicators needing attention the overview lists (the rest are a link away). */
export const ATTENTION_SHOWN = 5;
/** How many status changes the overview lists. */
export const CHANGES_SHOWN = 8;

/** An indicator needing attention, as the overview lists it. */
export interface AttentionItem {
  id: string;
  title: string;
  status: RagStatus;
  direction: IndicatorRow['direction'];
  /** The reason of the rating the status is (latest, or forecast when the latest is not rated). */
  reason: string | null;
  owners: string;
}

export interface HomeFirstView {
  rejected: RejectedRow[];
  latestPeriod: string | null;
  /** The periods the rows have figures in, for finding the period before (`asAtPeriodsAmong`). */
  figurePeriods: string[];
  /** Whether any status rests on an assumed target profile (the profiles switch shows then). */
  assumed: boolean;
  /** How many indicators need attention, and the first `ATTENTION_SHOWN` of them. */
  attentionCount: number;
  attention: AttentionItem[];
}

/** A status change, as the overview lists it. */
export interface ChangeItem extends Pick<StatusChange, 'from' | 'to' | 'kind'> {
  id: string;
  title: string;
}

export interface HomeChanges {
  counts: ChangeCounts;
  /** The first `CHANGES_SHOWN` changes, worse first. */
  shown: ChangeItem[];
}

function attentionItem(row: IndicatorRow, structure: Structure | undefined): AttentionItem {
  const status = headlineStatus(row);
  const rating = status === row.latestRating.status ? row.latestRating : row.forecastRating;
  return {
    id: row.indicator.id,
    title: row.indicator.title,
    status,
    direction: row.direction,
    reason: rating?.reason ?? null,
    owners: ownerNamesOf(row, structure),
  };
}

export function homeFirstView(
  list: { rows: IndicatorRow[]; rejected: RejectedRow[] },
  structure: Structure | undefined,
): HomeFirstView {
  const attention = needsAttention(list.rows);
  return {
    rejected: list.rejected,
    latestPeriod: latestPeriodOf(list.rows) ?? null,
    figurePeriods: figurePeriodsOf(list.rows),
    assumed: anyRowAssumed(list.rows),
    attentionCount: attention.length,
    attention: attention.slice(0, ATTENTION_SHOWN).map((row) => attentionItem(row, structure)),
  };
}

export function homeChanges(
  previous: readonly IndicatorRow[],
  current: readonly IndicatorRow[],
): HomeChanges {
  const changes = statusChanges(previous, current);
  return {
    counts: countChanges(changes),
    shown: changes.slice(0, CHANGES_SHOWN).map(({ row, from, to, kind }) => ({
      id: row.indicator.id,
      title: row.indicator.title,
      from,
      to,
      kind,
    })),
  };
}

/**
 * The overview's first view of a structure's list, under the lists' key prefix so whatever
 * refreshes indicators refreshes it.
 */
export function homeFirstViewQuery(params: { structure: string; profiles?: ProfileChoice }) {
  return listDigestQuery('home', params, homeFirstView);
}

/** What changed status in a structure between two periods, as the overview lists it. */
export function homeChangesQuery(structureId: string, asAt: string, previous: string) {
  return queryOptions({
    queryKey: [...queryKeys.indicators(), 'home-changes', structureId, asAt, previous] as const,
    queryFn: async ({ signal }) => {
      const listAt = (period: string) =>
        withApiClient((api) => api.indicatorList({ structure: structureId, period }, signal));
      const [now, before] = await Promise.all([listAt(asAt), listAt(previous)]);
      return homeChanges(before.rows, now.rows);
    },
  });
}
