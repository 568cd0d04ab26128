/**
 * The monthly profiles administrators set, as the engine holds them: every version kept (the
 * server loads them from target_profiles; the mock service keeps them in memory), the newest per
 * indicator and year in force. Pure, so the server and MSW answer alike.
 */
import type { ProfileChange } from '@/data/api/contract';
import { comparePeriodIds } from '@/domain/periods';

export interface ProfileLedger {
  /** The shares in force by financial year, for the domain's `setProfiles`; undefined when none. */
  inForce(indicatorId: string): Readonly<Record<string, readonly number[]>> | undefined;
  /** The version of a year's profile (0 when none was set): what a change must quote. */
  versionOf(indicatorId: string, year: string): number;
  /** Newest first. */
  historyOf(indicatorId: string): ProfileChange[];
  /** The years with a set profile, newest first. */
  yearsOf(indicatorId: string): string[];
  apply(change: ProfileChange): void;
}

const yearKey = (indicatorId: string, year: string) => `${indicatorId}\u0000${year}`;

export function createProfileLedger(initial: readonly ProfileChange[] = []): ProfileLedger {
  const history = new Map<string, ProfileChange[]>();
  const latest = new Map<string, ProfileChange>();

  const ledger: ProfileLedger = {
    inForce(indicatorId) {
      const years = ledger.yearsOf(indicatorId);
      if (years.length === 0) return undefined;
      return Object.fromEntries(
        years.map((year) => [year, latest.get(yearKey(indicatorId, year))?.shares ?? []]),
      );
    },
    versionOf: (indicatorId, year) => latest.get(yearKey(indicatorId, year))?.version ?? 0,
    historyOf: (indicatorId) => [...(history.get(indicatorId) ?? [])].reverse(),
    yearsOf: (indicatorId) =>
      [...new Set((history.get(indicatorId) ?? []).map((change) => change.year))].sort((a, b) =>
        comparePeriodIds(b, a),
      ),
    apply(change) {
      const changes = history.get(change.indicatorId) ?? [];
      changes.push(change);
      history.set(change.indicatorId, changes);
      latest.set(yearKey(change.indicatorId, change.year), change);
    },
  };
  for (const change of initial) ledger.apply(change);
  return ledger;
}
