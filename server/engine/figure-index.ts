/**
 * The engine's indexes over a dataset's figures, commentary and notes. Engine-owned copies:
 * recorded figures change these, never the dataset's arrays. Nested maps, not joined string keys:
 * 1.9 million figures in the national set would make as many key strings just to index them.
 */
import type { Dataset } from '@/data/contract/assemble-dataset';
import type { Commentary, Observation, QualityNote } from '@/data/contract/dataset-schema';
import { sortPeriodIds } from '@/domain/periods';

export const key = (...parts: string[]) => parts.join('\u0000');

export function push<K, V>(map: Map<K, V[]>, k: K, value: V): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/** The periods the figures cover, in order, each once. */
export const periodsOf = (observations: readonly Observation[]) =>
  sortPeriodIds([...new Set(observations.map((o) => o.period))]);

/** Where one figure lives: a second figure in the same slot replaces the first. */
export interface FigureSlot {
  indicatorId: string;
  area: string;
  period: string;
  basis: Observation['basis'];
  measure: Observation['measure'];
}

export const slotKey = (slot: FigureSlot) =>
  key(slot.indicatorId, slot.area, slot.period, slot.basis, slot.measure);

const inSlot = (slot: FigureSlot) => (o: Observation) =>
  o.area === slot.area &&
  o.period === slot.period &&
  o.basis === slot.basis &&
  o.measure === slot.measure;

export interface FigureIndex {
  byIndicator(indicatorId: string): readonly Observation[];
  observationsOf(indicatorId: string, area: string): readonly Observation[];
  /** In order of each area's first figure, as the observations list has them. */
  areasWithFigures(indicatorId: string): string[];
  commentaryOf(indicatorId: string, area: string): readonly Commentary[];
  notesOf(indicatorId: string): readonly QualityNote[];
  /** Every period with a figure, oldest first. */
  periods(): string[];
  observationCount(): number;
  /** The figures now in a slot (the dataset may hold the same figure from several papers). */
  slotFigures(slot: FigureSlot): Observation[];
  /** Puts `observation` in its slot in place of whatever was there. */
  replaceSlot(observation: Observation & FigureSlot): void;
  addCommentary(item: Commentary): void;
}

export function createFigureIndex(dataset: Dataset): FigureIndex {
  const byIndicator = new Map<string, Observation[]>();
  const byIndicatorArea = new Map<string, Map<string, Observation[]>>();
  const areaMap = (indicatorId: string) => {
    let byArea = byIndicatorArea.get(indicatorId);
    if (!byArea) {
      byArea = new Map();
      byIndicatorArea.set(indicatorId, byArea);
    }
    return byArea;
  };
  for (const observation of dataset.observations) {
    push(byIndicator, observation.indicatorId, observation);
    push(areaMap(observation.indicatorId), observation.area, observation);
  }
  const commentaryBy = new Map<string, Commentary[]>();
  for (const item of dataset.commentary) push(commentaryBy, key(item.indicatorId, item.area), item);
  const notesBy = new Map<string, QualityNote[]>();
  for (const note of dataset.notes)
    for (const id of new Set(note.indicatorIds)) push(notesBy, id, note);

  let count = dataset.observations.length;
  let periodsCache: string[] | null = null;
  const observationsOf = (indicatorId: string, area: string) =>
    byIndicatorArea.get(indicatorId)?.get(area) ?? [];

  return {
    byIndicator: (indicatorId) => byIndicator.get(indicatorId) ?? [],
    observationsOf,
    areasWithFigures: (indicatorId) => [...(byIndicatorArea.get(indicatorId)?.keys() ?? [])],
    commentaryOf: (indicatorId, area) => commentaryBy.get(key(indicatorId, area)) ?? [],
    notesOf: (indicatorId) => notesBy.get(indicatorId) ?? [],
    periods() {
      if (periodsCache) return periodsCache;
      const seen = new Set<string>();
      for (const list of byIndicator.values()) for (const o of list) seen.add(o.period);
      periodsCache = sortPeriodIds([...seen]);
      return periodsCache;
    },
    observationCount: () => count,
    slotFigures: (slot) => observationsOf(slot.indicatorId, slot.area).filter(inSlot(slot)),
    replaceSlot(observation) {
      const outside = (o: Observation) => !inSlot(observation)(o);
      const before = byIndicator.get(observation.indicatorId) ?? [];
      const kept = before.filter((o) => o.area !== observation.area || outside(o));
      byIndicator.set(observation.indicatorId, [...kept, observation]);
      count += 1 - (before.length - kept.length);
      const byArea = areaMap(observation.indicatorId);
      byArea.set(observation.area, [
        ...observationsOf(observation.indicatorId, observation.area).filter(outside),
        observation,
      ]);
      periodsCache = null;
    },
    addCommentary(item) {
      push(commentaryBy, key(item.indicatorId, item.area), item);
    },
  };
}
