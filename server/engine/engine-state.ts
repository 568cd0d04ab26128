/**
 * What an engine holds and derives: the dataset's indexes, the ledger of changes made in Ragstone,
 * and each indicator's row as assessed for an area and period, memoised until a write lands.
 */
import type { ComparableIndicatorsResponse, IndicatorRow } from '@/data/api/contract';
import { indicatorSummary, without } from '@/data/api/static-shards';
import type { Dataset } from '@/data/contract/assemble-dataset';
import type { Area, Indicator } from '@/data/contract/dataset-schema';
import { assessIndicator } from '@/domain/assess';
import { createFigureIndex, key, type FigureIndex } from './figure-index';
import { createLedger, type Ledger, type LedgerSnapshot } from './ledger';
import { createProfileLedger, type ProfileLedger } from './profile-ledger';
import type { ProfileChange } from '@/data/api/contract';

export interface EngineState {
  dataset: Dataset;
  /** The authority the dataset is about: the area when a request names none. */
  authority: string;
  indicators: ReadonlyMap<string, Indicator>;
  areas: ReadonlyMap<string, Area>;
  figures: FigureIndex;
  ledger: Ledger;
  /** The monthly profiles administrators set, by indicator and year. */
  profileLedger: ProfileLedger;
  /** The indicator as the domain rates it: with the profiles set for its years. */
  assessable: (
    indicator: Indicator,
  ) => Indicator & { setProfiles?: Record<string, readonly number[]> };
  /** One indicator's row; `full` carries the whole definition (the detail) instead of its summary. */
  rowFor: (
    indicator: Indicator,
    area: string,
    period: string | undefined,
    full?: boolean,
  ) => IndicatorRow;
  /** Every indicator's row for an area as at a period (latest when undefined), in dataset order. */
  rowsAt: (period?: string, area?: string) => IndicatorRow[];
  comparable: (build: () => ComparableIndicatorsResponse) => ComparableIndicatorsResponse;
  /** A write landed: every memoised row and comparison is stale. */
  invalidate: () => void;
}

export function createEngineState(
  dataset: Dataset,
  snapshot?: LedgerSnapshot,
  profiles?: readonly ProfileChange[],
): EngineState {
  const authority = dataset.manifest.authority.id;
  const figures = createFigureIndex(dataset);
  const areas = new Map<string, Area>(dataset.areas.map((area) => [area.id, area]));
  // The authority is always an area, even in a dataset that lists no areas of its own.
  if (!areas.has(authority)) {
    areas.set(authority, { id: authority, name: dataset.manifest.authority.name, type: 'other' });
  }
  const rowsCache = new Map<string, IndicatorRow[]>();
  let comparableCache: ComparableIndicatorsResponse | null = null;
  const profileLedger = createProfileLedger(profiles);

  function assessable(indicator: Indicator) {
    const setProfiles = profileLedger.inForce(indicator.id);
    return setProfiles === undefined ? indicator : { ...indicator, setProfiles };
  }

  // List rows carry the indicator summary (no description or polarity reason): tables don't show
  // them and they were a third of every list. The detail has the full definition.
  function rowFor(indicator: Indicator, area: string, period: string | undefined, full = false) {
    const assessment = assessIndicator(
      assessable(indicator),
      figures.observationsOf(indicator.id, area),
      period,
    );
    return {
      ...assessment,
      // The detail carries provenance apart from its row.
      indicator: full ? without(indicator, 'provenance') : indicatorSummary(indicator),
      commentaryCount: figures.commentaryOf(indicator.id, area).length,
      noteCount: figures.notesOf(indicator.id).length,
    };
  }

  function rowsAt(period?: string, area: string = authority): IndicatorRow[] {
    const cacheKey = key(area, period ?? '');
    const cached = rowsCache.get(cacheKey);
    if (cached) return cached;
    const rows = dataset.indicators.map((indicator) => rowFor(indicator, area, period));
    rowsCache.set(cacheKey, rows);
    return rows;
  }

  return {
    dataset,
    authority,
    indicators: new Map(dataset.indicators.map((indicator) => [indicator.id, indicator])),
    areas,
    figures,
    ledger: createLedger(snapshot),
    profileLedger,
    assessable,
    rowFor,
    rowsAt,
    comparable(build) {
      comparableCache ??= build();
      return comparableCache;
    },
    invalidate() {
      rowsCache.clear();
      comparableCache = null;
    },
  };
}
