/**
 * Who changed which figure, when, from what to what, and each figure's version: the rules every
 * write follows whether it lands in the mock engine's memory or in the database
 * (server/db/figure-writes.ts). A figure loaded from the papers is version 1; each change adds one.
 */
import type { Actor, ChangeEntry, ConflictErrorBody } from '@/data/api/contract';
import type { Commentary, Observation } from '@/data/contract/dataset-schema';
import { formatPeriod } from '@/domain/periods';
import { key, slotKey, type FigureSlot } from './figure-index';

/** A checked write: the figure to store in its slot, and the commentary to add with it. */
export interface FigureWrite {
  slot: FigureSlot & { measure: 'actual' | 'target' | 'floor' };
  observation: Observation & FigureSlot;
  commentary: Commentary | null;
  /** The writer's reason, trimmed; undefined when none was given. */
  reason: string | undefined;
}

/** A slot as it stands: its version (0 when empty), its value and the last change made to it. */
export interface SlotState {
  version: number;
  value: number | null;
  lastChange: ChangeEntry | null;
}

export interface WriteContext {
  actor: Actor;
  /** The version the writer saw (from `If-Match`); undefined when they expected an empty slot. */
  ifMatch: number | undefined;
}

export interface LedgerSnapshot {
  /** Newest last, as stored. */
  history: readonly ChangeEntry[];
  /** Versions of figures changed in Ragstone; any other figure with a value is version 1. */
  versions: ReadonlyMap<string, number>;
}

export const FIRST_RECORD_REASON = 'First recorded in Ragstone';

/** The first value in the slot that has one: the papers may repeat a figure, never disagree on it. */
export const valueOf = (figures: readonly Observation[]): number | null =>
  figures.find((o) => o.value !== null)?.value ?? null;

const describeSlot = (write: FigureWrite) =>
  `The ${write.slot.basis === 'ytd' ? 'year-to-date ' : ''}${write.slot.measure} for ${formatPeriod(write.slot.period)}`;

/**
 * Null when the write may go ahead; otherwise the 409 body with both values. Writing into a filled
 * slot needs the version the writer saw, so two people saving at once never lose a figure.
 */
export function checkPrecondition(
  write: FigureWrite,
  state: SlotState,
  ifMatch: number | undefined,
): ConflictErrorBody | null {
  const proposed = { value: write.observation.value ?? 0 };
  const current = { value: state.value, version: state.version, lastChange: state.lastChange };
  const shown = state.value === null ? 'no value' : String(state.value);
  if (ifMatch === undefined && state.version > 0) {
    return {
      error: `${describeSlot(write)} is already ${shown}. To replace it with ${proposed.value}, confirm the correction and give a reason.`,
      field: 'period',
      current,
      proposed,
    };
  }
  if (ifMatch !== undefined && ifMatch !== state.version) {
    return {
      error: `${describeSlot(write)} changed while you were editing: it is now ${shown}${state.lastChange ? ` (${state.lastChange.actor.name})` : ''}. Check it before saving ${proposed.value}.`,
      field: 'period',
      current,
      proposed,
    };
  }
  return null;
}

/** A correction (a slot that already had a figure) must say why. */
export function missingReason(write: FigureWrite, state: SlotState): string | null {
  return state.version > 0 && write.reason === undefined
    ? 'reason: say why the figure is being corrected; the history keeps it.'
    : null;
}

type ChangeContext = { actor: Actor; at: string; id: number };

/** What every history entry of a write says: its id, its slot, who and when. */
function entryOf(write: FigureWrite, context: ChangeContext) {
  return {
    id: context.id,
    indicatorId: write.slot.indicatorId,
    area: write.slot.area,
    period: write.slot.period,
    basis: write.slot.basis,
    actor: context.actor,
    at: context.at,
  };
}

export function figureChange(
  write: FigureWrite,
  state: SlotState,
  context: ChangeContext,
): ChangeEntry {
  return {
    ...entryOf(write, context),
    subject: write.slot.measure,
    version: state.version + 1,
    before: state.value,
    after: write.observation.value,
    reason: write.reason ?? (state.version > 0 ? 'Corrected' : FIRST_RECORD_REASON),
  };
}

export function commentaryChange(
  write: FigureWrite,
  text: string,
  context: ChangeContext,
): ChangeEntry {
  return {
    ...entryOf(write, context),
    subject: 'commentary',
    version: 1,
    before: null,
    after: null,
    text,
    reason: write.reason ?? 'Commentary added with the figure',
  };
}

/** The in-memory ledger the engine serves history and versions from. */
export function createLedger(snapshot: LedgerSnapshot = { history: [], versions: new Map() }) {
  const versions = new Map(snapshot.versions);
  const byIndicatorArea = new Map<string, ChangeEntry[]>();
  const lastBySlot = new Map<string, ChangeEntry>();
  let lastId = 0;
  const record = (entry: ChangeEntry) => {
    const k = key(entry.indicatorId, entry.area);
    byIndicatorArea.set(k, [entry, ...(byIndicatorArea.get(k) ?? [])]);
    if (entry.subject !== 'commentary') {
      lastBySlot.set(slotKey({ ...entry, measure: entry.subject }), entry);
    }
    lastId = Math.max(lastId, entry.id);
  };
  for (const entry of snapshot.history) record(entry);

  return {
    /** Newest first. */
    historyOf: (indicatorId: string, area: string): readonly ChangeEntry[] =>
      byIndicatorArea.get(key(indicatorId, area)) ?? [],
    stateOf(slot: FigureSlot, figures: readonly Observation[]): SlotState {
      const k = slotKey(slot);
      return {
        version: versions.get(k) ?? (figures.length > 0 ? 1 : 0),
        value: valueOf(figures),
        lastChange: lastBySlot.get(k) ?? null,
      };
    },
    nextId: () => lastId + 1,
    apply(entries: readonly ChangeEntry[]) {
      for (const entry of entries) {
        record(entry);
        if (entry.subject !== 'commentary') {
          versions.set(slotKey({ ...entry, measure: entry.subject }), entry.version);
        }
      }
    },
  };
}
export type Ledger = ReturnType<typeof createLedger>;
